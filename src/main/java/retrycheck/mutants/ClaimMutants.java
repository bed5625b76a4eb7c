package retrycheck.mutants;

import retrycheck.check.Claims;
import retrycheck.check.Property;
import retrycheck.check.Scenarios;
import retrycheck.kernel.KernelOps;
import retrycheck.kernel.FaultHandler;
import retrycheck.kernel.FaultOutcome;
import retrycheck.kernel.Kernel;
import retrycheck.kernel.FaultFlags;
import retrycheck.kernel.VmFault;
import retrycheck.kernel.arch.Cites;
import retrycheck.kernel.arch.RetryChoices;
import retrycheck.kernel.arch.X86;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mutants that show the patch's claims ({@link Claims}) bite (spec/mutants.md, "Mutants of the claims"): arch-side
 * changes of x86 v5.7, so they need none of the core's seams. C03 needs the uffd-wp-swap scenario (a uffd-wp fault on
 * a swapped page, v5.7 only), the one whose fault takes three attempts.
 */
final class ClaimMutants {
    private ClaimMutants() {}

    private static final String X86 = "arch/x86/mm/fault.c do_user_addr_fault()";

    static List<Mutant> build() {
        return List.of(
                arch("C01", "x86-fatal-only-signal-check",
                        "the retry loop checks only for a fatal signal (um's form) though its faults are INTERRUPTIBLE",
                        "- if (fault_signal_pending(fault, regs)) {   + if ((fault & VM_FAULT_RETRY) && fatal_signal_pending(current)) {",
                        new X86() {
                            @Override protected RetryChoices v57() {
                                return super.v57().withSignalCheck(RetryChoices.SignalCheck.FATAL_ONLY);
                            }
                        },
                        "a user-mode fault carries FAULT_FLAG_INTERRUPTIBLE, so handle_userfault() sees the pending SIGUSR1 "
                                + "(userfaultfd_signal_pending()), skips its wait and returns VM_FAULT_RETRY at once; the "
                                + "fatal-only check lets the loop retry without returning to user mode, where the signal "
                                + "would be delivered: every attempt returns VM_FAULT_RETRY without waiting, a busy loop "
                                + "until the monitor resolves the fault (SIGNAL accepts the fatal-only form, as for um)",
                        List.of(Claims.RETRY_WAIT), "uffd-user"),
                arch("C02", "x86-signal-exit-sigbus",
                        "a user-mode fault whose signal check fires is answered with SIGBUS instead of a plain return",
                        "- return;   + do_sigbus(regs, hw_error_code, address, fault); return;   /* in if (fault_signal_pending(fault, regs)) */",
                        new X86() {
                            @Override protected FaultOutcome signalExit(Kernel k, RetryChoices c, int fault) {
                                if (k.task.userMode()) return FaultOutcome.done("sigbus", fault);
                                return super.signalExit(k, c, fault);
                            }
                        },
                        "a non-fatal signal that arrives while the fault waits (the swap-in, the userfaultfd monitor) "
                                + "makes the wait end early and the attempt return VM_FAULT_RETRY; instead of returning so "
                                + "that the signal is handled and the access is retried, the fault is answered with SIGBUS "
                                + "although the page arrives: the fault fails because it needed another attempt",
                        List.of(Claims.COMPLETE), "swap-io", "uffd-user"),
                arch("C03", "x86-retry-at-most-twice",
                        "the retry loop gives up after the second VM_FAULT_RETRY: the fault returns and the access faults again",
                        "  if (unlikely((fault & VM_FAULT_RETRY) && (flags & FAULT_FLAG_ALLOW_RETRY))) {   + if (flags & FAULT_FLAG_TRIED) return;   flags |= FAULT_FLAG_TRIED; goto retry;",
                        new X86() {
                            @Override protected boolean retryGate(RetryChoices c, int fault, int flags) {
                                return super.retryGate(c, fault, flags) && (flags & FaultFlags.TRIED) == 0;
                            }

                            @Override protected FaultOutcome exit(Kernel k, RetryChoices c, Cites l, int fault, int major, int flags) {
                                if ((fault & VmFault.RETRY) != 0 && (flags & FaultFlags.TRIED) != 0)
                                    return FaultOutcome.ret(fault);   // return;  (mmap_sem was released by the core)
                                return super.exit(k, c, l, fault, major, flags);
                            }
                        },
                        "a write fault on a swapped-out page of a uffd-wp range returns VM_FAULT_RETRY twice: the swap-in "
                                + "(lock_page_or_retry() in do_swap_page()), then the write-protect userfault (do_wp_page() -> "
                                + "handle_userfault(vmf, VM_UFFD_WP)) on the TRIED attempt; giving up there instead of a third "
                                + "attempt makes the access fault again, a new fault event: exactly what the patch says a third "
                                + "retry avoids (\"without the need to generate another page fault event\"); the fault still "
                                + "completes, so no invariant and no other claim objects",
                        List.of(Claims.UFFD_WP_SWAP), "uffd-wp-swap"));
    }

    private static Mutant arch(String id, String name, String title, String diff, FaultHandler mutated, String why,
                               List<Property> expected, String... scenarios) {
        return new Mutant(id, name, title, X86, diff, expected, new X86(), mutated, KernelOps.DEFAULT,
                Arrays.stream(scenarios).map(Scenarios::byId).collect(Collectors.toList()), why);
    }
}
