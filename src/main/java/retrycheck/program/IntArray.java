package retrycheck.program;

/** A shared int array; each element is its own shared object (accesses to two elements are independent). */
public final class IntArray {
    private final IntVar[] cells;

    IntArray(Program.Builder b, String name, int length) {
        cells = new IntVar[length];
        for (int i = 0; i < length; i++) cells[i] = new IntVar(b, name + "[" + i + "]", 0);
    }

    public int length() { return cells.length; }

    public IntVar at(int i) { return cells[i]; }

    public int get(int i) { return cells[i].get(); }

    public void set(int i, int v) { cells[i].set(v); }

    public boolean cas(int i, int expect, int update) { return cells[i].cas(expect, update); }
}
