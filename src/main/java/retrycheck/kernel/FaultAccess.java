package retrycheck.kernel;

/**
 * The faulting access of a scenario: what an arch's fault handler reads from its registers and error code
 * (x86 {@code error_code & X86_PF_WRITE}, arm64 {@code esr}, riscv {@code cause}, ...): the address, whether the
 * access was a read, a write or an instruction fetch, and {@code user_mode(regs)}.
 *
 * @param address  the faulting address (within the scenario's vma unless the scenario says otherwise)
 * @param kind     read, write or instruction fetch
 * @param userMode user_mode(regs): an access by a user program, else a kernel uaccess (copy_from_user)
 */
public record FaultAccess(long address, Kind kind, boolean userMode) {
    /** The scenarios' default faulting address: inside {@link Vma#DEFAULT_START}..{@link Vma#DEFAULT_END}. */
    public static final long DEFAULT_ADDRESS = 0x7f0000001000L;

    public enum Kind { READ, WRITE, EXEC }

    public static FaultAccess read(boolean userMode) { return new FaultAccess(DEFAULT_ADDRESS, Kind.READ, userMode); }

    public boolean isWrite() { return kind == Kind.WRITE; }

    public boolean isExec() { return kind == Kind.EXEC; }
}
