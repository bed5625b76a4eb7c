package retrycheck.program;

import java.util.ArrayList;
import java.util.List;

/**
 * The classic benchmark programs of dynamic partial-order reduction, written against the program API, each at
 * several sizes and each with an injected bug the explorer must find.
 * <p>
 * Known trace counts: nidhugg/nidhugg, benchmarks/SWSC_experiment/summary.txt (the Nidhugg repository's
 * comparison of Optimal DPOR with Observers, SWSC and RCMC; for lastzero, indexer, filesystem and readers every
 * tool there reports the same number of traces, which for these programs is the number of Mazurkiewicz traces).
 * The programs follow the sources in the same repository (benchmarks/SV-COMP/indexer.c,
 * benchmarks/SWSC_experiment/benchmarks/noasserts/from_TRACER/filesystem.c,
 * benchmarks/SWSC_experiment/benchmarks/asserts/from_DPU/dispatcher.cc), which adapt Flanagan and Godefroid,
 * POPL 2005 (indexer, filesystem), Abdulla et al., POPL 2014 (lastzero), Kokologiannakis et al. (RCMC, readers)
 * and Nguyen et al., CAV 2018 (dispatcher).
 */
public final class DporSuite {
    private DporSuite() {}

    /**
     * One program at one size.
     *
     * @param knownTraces the published number of Mazurkiewicz traces, or -1 if none is known
     * @param source      where that number comes from
     * @param bugKind     the finding the buggy variant must produce
     */
    public record Bench(String name, int size, Program program, Program buggy, long knownTraces, String source, String bugKind) {
        public String id() { return name + "(" + size + ")"; }
    }

    static final String SUMMARY = "nidhugg benchmarks/SWSC_experiment/summary.txt";

    /** The suite, smallest sizes first; {@code large} adds the sizes that take seconds. */
    public static List<Bench> all(boolean large) {
        List<Bench> l = new ArrayList<>();
        // lastzero(N): (N+3)*2^(N-2) traces: summary.txt "Part 2, 1. lastzero": 2:5 4:28 6:144 8:704 10:3328 12:15360
        long[][] lz = {{4, 28}, {6, 144}, {8, 704}, {10, 3328}, {12, 15360}};
        for (long[] s : lz) if (large || s[0] <= 8) l.add(new Bench("lastzero", (int) s[0], lastzero((int) s[0], false),
                lastzero((int) s[0], true), s[1], SUMMARY + " (lastzero)", "ASSERT"));
        // indexer(N): summary.txt "16. Indexer": 11:1 12:8 13:64 14:512 15:4096 (from 12 on, where threads collide
        // and the injected bug can happen)
        long[][] ix = {{12, 8}, {13, 64}, {14, 512}, {15, 4096}};
        for (long[] s : ix) if (large || s[0] <= 13) l.add(new Bench("indexer", (int) s[0], indexer((int) s[0], false),
                indexer((int) s[0], true), s[1], SUMMARY + " (Indexer)", "ASSERT"));
        // filesystem(N): summary.txt "Part 2, 10. Filesystem": 12:1 14:2 16:8 18:32
        long[][] fs = {{14, 2}, {16, 8}, {18, 32}};
        for (long[] s : fs) if (large || s[0] <= 16) l.add(new Bench("filesystem", (int) s[0], filesystem((int) s[0], false),
                filesystem((int) s[0], true), s[1], SUMMARY + " (Filesystem)", "ASSERT"));
        // readers(N): 2^N traces: summary.txt "Part 2, 6. Readers": 2:4 4:16 6:64 8:256 10:1024
        long[][] rd = {{4, 16}, {6, 64}, {8, 256}, {10, 1024}};
        for (long[] s : rd) if (large || s[0] <= 8) l.add(new Bench("readers", (int) s[0], readers((int) s[0], false),
                readers((int) s[0], true), s[1], SUMMARY + " (Readers)", "ASSERT"));
        // dispatcher(N): summary.txt "13. Dispatcher" gives 1:4 2:32 3:398 4:6854 for Observers and SWSC (RCMC fails on
        // it). Their equivalences may merge Mazurkiewicz traces, but not here: source-DPOR (at least one execution per
        // trace) and optimal DPOR both find exactly these numbers of distinct traces at 1, 2 and 3.
        long[] dp = {4, 32, 398, 6854};
        for (int n = 1; n <= (large ? 4 : 2); n++)
            l.add(new Bench("dispatcher", n, dispatcher(n, false), dispatcher(n, true), dp[n - 1],
                    SUMMARY + " (Dispatcher, Observers/SWSC)", "ASSERT"));
        return l;
    }

    /**
     * lastzero(N) (Abdulla et al., POPL 2014, figure 6): thread 0 looks for the last zero of array[0..N]; thread j
     * (1..N) sets array[j] = array[j-1] + 1. Bug: thread 0 asserts it stops above index 0, which fails when it
     * reads every element after its writer.
     */
    public static Program lastzero(int n, boolean bug) {
        return Program.of("lastzero(" + n + ")" + (bug ? "+bug" : ""), b -> {
            IntArray a = b.array("array", n + 1);
            b.thread("t0", () -> {
                int i = n;
                while (a.get(i) != 0) i--;
                if (bug) b.check(i > 0, "found the last zero at index 0");
            });
            for (int j = 1; j <= n; j++) {
                int jj = j;
                b.thread("t" + j, () -> a.set(jj, a.get(jj - 1) + 1));
            }
        });
    }

    /**
     * indexer(N) (Flanagan and Godefroid, POPL 2005, section 5): N threads each insert 4 messages w = m*11 + tid
     * into a 128-slot hash table at h = w*7 mod 128 with compare-and-swap and linear probing. Collisions start at
     * 12 threads. Bug: the last thread inserts with a read and a separate write instead of the CAS, so two
     * threads can take one slot; a checker thread joins all and asserts every message is in the table.
     */
    public static Program indexer(int n, boolean bug) {
        return Program.of("indexer(" + n + ")" + (bug ? "+bug" : ""), b -> {
            IntArray table = b.array("table", 128);
            List<Handle> hs = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int tid = t;
                boolean racy = bug && t == n - 1;
                hs.add(b.thread("t" + t, () -> {
                    for (int m = 1; m <= 4; m++) {
                        int w = m * 11 + tid;
                        int h = (w * 7) % 128;
                        while (true) {
                            if (racy) {
                                if (table.get(h) == 0) { table.set(h, w); break; }
                            } else if (table.cas(h, 0, w)) break;
                            h = (h + 1) % 128;
                        }
                    }
                }));
            }
            if (bug) b.thread("checker", () -> {
                for (Handle h : hs) h.join();
                int filled = 0;
                for (int i = 0; i < 128; i++) if (table.at(i).peek() != 0) filled++;
                b.check(filled == 4 * n, "only " + filled + " of " + 4 * n + " messages are in the table");
            });
        });
    }

    /**
     * filesystem(N) (Flanagan and Godefroid, POPL 2005, section 5): thread tid locks inode i = tid mod 32 and, if it
     * has no block, looks from block 2i mod 26 on for a free one, each under the block's lock. Blocks are shared
     * from 14 threads on (threads 0 and 13 both start at block 0). Bug: the last thread tests and takes a block
     * without its lock; a checker joins all and asserts no block is taken twice.
     */
    public static Program filesystem(int n, boolean bug) {
        return Program.of("filesystem(" + n + ")" + (bug ? "+bug" : ""), b -> {
            int inodes = 32, blocks = 26;
            IntArray inode = b.array("inode", inodes), busy = b.array("busy", blocks);
            Mutex[] locki = new Mutex[inodes], lockb = new Mutex[blocks];
            for (int i = 0; i < inodes; i++) locki[i] = b.mutex("locki[" + i + "]");
            for (int i = 0; i < blocks; i++) lockb[i] = b.mutex("lockb[" + i + "]");
            IntArray owner = b.array("owner", blocks);
            List<Handle> hs = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                int tid = t;
                boolean unlocked = bug && t == n - 1;
                hs.add(b.thread("t" + t, () -> {
                    int i = tid % inodes;
                    locki[i].lock();
                    if (inode.get(i) == 0) {
                        int blk = (i * 2) % blocks;
                        for (int j = 0; j < 10; j++) {
                            if (!unlocked) lockb[blk].lock();
                            if (busy.get(blk) == 0) {
                                busy.set(blk, 1);
                                inode.set(i, blk + 1);
                                if (bug) owner.set(blk, owner.get(blk) + 1);
                                if (!unlocked) lockb[blk].unlock();
                                break;
                            }
                            if (!unlocked) lockb[blk].unlock();
                            blk = (blk + 1) % blocks;
                        }
                    }
                    locki[i].unlock();
                }));
            }
            if (bug) b.thread("checker", () -> {
                for (Handle h : hs) h.join();
                for (int k = 0; k < blocks; k++) b.check(owner.at(k).peek() <= 1, "block " + k + " taken by two inodes");
            });
        });
    }

    /**
     * readers(N) (from RCMC, Kokologiannakis et al., POPL 2018): a writer sets x = 42 while N readers each read x;
     * 2^N traces. Bug: the writer publishes a flag before the data it guards, and a reader that sees the flag
     * asserts the data.
     */
    public static Program readers(int n, boolean bug) {
        return Program.of("readers(" + n + ")" + (bug ? "+bug" : ""), b -> {
            IntVar x = b.var("x", 0);
            IntVar data = bug ? b.var("data", 0) : null;
            b.thread("writer", () -> {
                if (bug) { x.set(42); data.set(7); }                 // flag first: the bug
                else x.set(42);
            });
            for (int r = 0; r < n; r++)
                b.thread("reader" + r, () -> {
                    int v = x.get();
                    if (bug && v == 42) b.check(data.get() == 7, "saw the flag but not the data");
                });
        });
    }

    /**
     * dispatcher(N) (Nguyen et al., CAV 2018, as in Nidhugg's dispatcher.cc with N servers and N requests): main
     * starts N servers (each, under its lock, copies its input channel to its output channel), then for each request
     * creates a pick_server thread (which stores 0..N-1 into sid under lock k), reads sid under k, increments that
     * server's input channel under the server's lock, and joins pick_server. Bug: pick_server's loop runs one
     * past the last server (x &lt;= N), and main asserts the server id it read is in range.
     */
    public static Program dispatcher(int n, boolean bug) {
        return Program.of("dispatcher(" + n + ")" + (bug ? "+bug" : ""), b -> {
            Mutex k = b.mutex("k");
            IntVar sid = b.var("sid", 0);
            Mutex[] servers = new Mutex[n];
            IntArray in = b.array("in_channel", n), out = b.array("out_channel", n);
            for (int s = 0; s < n; s++) servers[s] = b.mutex("servers[" + s + "]");
            List<Handle> srv = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                int id = s;
                srv.add(b.created("server" + s, () -> {
                    servers[id].lock();
                    if (in.get(id) > 0) out.set(id, in.get(id));
                    servers[id].unlock();
                }));
            }
            List<Handle> pick = new ArrayList<>();
            for (int r = 0; r < n; r++)
                pick.add(b.created("pick" + r, () -> {
                    for (int x = 0; x < n + (bug ? 1 : 0); x++) {
                        k.lock();
                        sid.set(x);
                        k.unlock();
                    }
                }));
            b.thread("main", () -> {
                for (Handle h : srv) h.start();
                for (int r = 0; r < n; r++) {
                    pick.get(r).start();
                    k.lock();
                    int idx = sid.get();
                    k.unlock();
                    b.check(idx >= 0 && idx < n, "picked server " + idx + " of " + n);
                    if (idx >= 0 && idx < n) {
                        servers[idx].lock();
                        in.set(idx, in.get(idx) + 1);
                        servers[idx].unlock();
                    }
                    pick.get(r).join();
                }
            });
        });
    }
}
