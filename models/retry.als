module retry
open flags

/*
 * One page fault's life over time (Alloy 6, temporal): the arch retry loop of kernel-facts.md §4 around
 * handle_mm_fault(), with the core's rules for dropping mmap_sem (kernel-facts.md §3.1-3.3, §3.7), a page
 * lock held by I/O, pending signals, user or kernel mode, and the flags.
 *
 * The arch loop is parametric in the declared choices of retrycheck.kernel.arch.RetryChoices (one sig Arch);
 * this file's commands use x86 (arch/x86/mm/fault.c do_user_addr_fault) as the reference loop. The
 * generated models under arch/ open this module and pin Arch to each architecture's declaration.
 *
 * Each state records in `ev` the event taken from it to the next state.
 * Invariant ids: FLAGS, DROP, SIGNAL, LOCK, TERMINATION (design.md §1), SLEEP (spec/requirements.md).
 */

abstract sig Variant {}
one sig V56, V57 extends Variant {}
-- the core from v6.0 on (corev only): VM_FAULT_COMPLETED; see "The releases after v5.7" below
one sig V60 extends Variant {}

abstract sig Mode {}
one sig UserMode, KernelMode extends Mode {}

-- which core path handle_mm_fault() takes: filemap/swap page lock (mm/filemap.c) or userfaultfd, or (v6.0 on) a
-- write to a MAP_SHARED page that the fault dirtied (fault_dirty_shared_page, below)
abstract sig Path {}
one sig Filemap, Uffd, Shared extends Path {}

abstract sig Holder {}
one sig FaultThread, IO extends Holder {}

abstract sig Signal {}
one sig Fatal, NonFatal extends Signal {}

-- the handler's result: VM_FAULT_RETRY, no RETRY (0/MAJOR/NOPAGE), a VM_FAULT_ERROR bit (SIGBUS), and from v6.0
-- VM_FAULT_COMPLETED (done, mmap_lock already released by the core)
abstract sig Result {}
one sig RETRY, NORETRY, ERROR, COMPLETED extends Result {}

abstract sig UffdState {}
one sig Unresolved, Resolved extends UffdState {}

-- where the fault thread is
abstract sig Pc {}
one sig Lock,      -- arch: retry: down_read(&mm->mmap_sem)
        Core,      -- in handle_mm_fault() with mmap_sem held
        WaitIO,    -- core: up_read done, wait_on_page_locked[_killable]() (first attempt)
        WaitLock,  -- core: __lock_page[_killable]() with mmap_sem held (later attempt)
        WaitUffd,  -- handle_userfault(): up_read done, schedule()
        Check,     -- arch: back from handle_mm_fault(): signal check and retry gate
        Done       -- the fault is over
  extends Pc {}

abstract sig Exit {}
one sig Returned,   -- return from the handler (user mode: the signal is delivered; kernel: the access completed)
        NoContext,  -- kernel mode: no_context() / exception-table fixup, the uaccess fails
        ErrorExit   -- mm_fault_error(): SIGBUS/SIGSEGV or fixup
  extends Exit {}

-- the declared choices of one arch (RetryChoices)
abstract sig Gate {}
one sig OUTER, COMBINED, NESTED, NO_ERROR_AND_ALLOW, RETRY_ONLY extends Gate {}
-- v6.0 arm, hexagon: if (!(fault & VM_FAULT_ERROR)) { if (fault & VM_FAULT_RETRY) ... } (RETRY never carries ERROR: as RETRY_ONLY)
one sig NO_ERROR_RETRY_ONLY extends Gate {}
abstract sig SignalCheck {}
one sig FAULT_SIGNAL_PENDING, FATAL_ONLY, FATAL_IN_RETRY_BRANCH, NO_CHECK extends SignalCheck {}
abstract sig KernelExit {}
one sig NO_CONTEXT, RETURN extends KernelExit {}
abstract sig Relock {}
one sig RETRY_LABEL, TRYLOCK_BRANCH, ARCH_RELOCKS extends Relock {}
-- v6.4 on: retry: vma = lock_mm_and_find_vma(mm, address, regs). Here the same as RETRY_LABEL: nothing else takes
-- mmap_lock in this model, so its trylock succeeds and its killable fallback is never reached (models/README.md)
one sig LOCK_MM_AND_FIND_VMA extends Relock {}
-- v6.0 on: what the arch does with VM_FAULT_COMPLETED (RetryChoices.Completed; every form the arches have ends the
-- fault without unlocking: COMPLETED_RETURN)
abstract sig Completed {}
one sig NO_COMPLETED, COMPLETED_RETURN extends Completed {}

one sig Arch {
  archv: one Variant,      -- the arch loop's version: initial flags
  corev: one Variant,      -- the core mm's version: the drop test, handle_userfault()
  gate: one Gate,
  adds: set Flag,          -- setsTried: TRIED
  clears: set Flag,        -- clearsAllowRetry: ALLOW_RETRY, clearsRetryNowait: RETRY_NOWAIT
  sigcheck: one SignalCheck,
  kexit: one KernelExit,
  relock: one Relock,
  userflag: set Flag,      -- RetryChoices.Path.userFlag: USER for a user-mode fault, none where the arch never sets it (nds32)
  completed: one Completed -- RetryChoices.completed (v6.0 on; irrelevant before: the core never returns COMPLETED)
}

abstract sig Event {}
one sig
  -- the fault thread
  LockSem, CoreTrylock, CoreComplete, CoreDropWait, CoreNowait, CoreWaitLock, WaitIODone, WaitIOKilled,
  WaitLockGot, WaitLockKilled, UffdMapped, UffdSigbus, UffdNowait, UffdDrop, UffdWake, UffdWakeNopage,
  SignalExit, SignalRefault, GotoRetry, RetryBranchExit, UpReadExit, Idle, UffdWoken,
  CoreDirtyShared, CoreDirtySharedLocked, CompletedExit,
  -- the environment
  IoUnlock, IoLock, SendFatal, SendSignal, Resolve, Stutter
  extends Event {}

fun FaultEvent: set Event { Event - (IoUnlock + IoLock + SendFatal + SendSignal + Resolve + Stutter) }

one sig Fault {
  mode: one Mode,
  path: one Path,
  var pc: one Pc,
  var attempt: one Int,        -- handle_mm_fault() calls so far (saturates at 6)
  var flags: set Flag,
  var mmap_sem: lone Holder,   -- read-held by
  var page_lock: lone Holder,  -- held by
  var signals: set Signal,     -- pending
  var uffd: one UffdState,
  var result: lone Result,     -- of the last handle_mm_fault()
  var exit: lone Exit,
  var ev: one Event            -- taken from this state to the next
}

fun startFlags: set Flag {
  (Arch.archv = V57 implies DEFAULT else ALLOW_RETRY + KILLABLE) + (Fault.mode = UserMode implies Arch.userflag & USER else none)
}
fun inc[a: Int]: Int { a >= 6 implies a else plus[a, 1] }

pred fatal { Fatal in Fault.signals }
pred core57 { Arch.corev in V57 + V60 }

-- the core's "first attempt" test: v5.7 fault_flag_allow_retry_first(), v5.6 (flags & ALLOW_RETRY)
pred firstBranch[f: set Flag] { core57 implies allowRetryFirst[f] else ALLOW_RETRY in f }

-- fault_signal_pending(fault, regs) [sched/signal.h:387-393]
pred faultSignalPending { Fault.result = RETRY and (fatal or (Fault.mode = UserMode and some Fault.signals)) }

-- the arch's signal check right after handle_mm_fault() fires
pred sigCheckFires {
  (Arch.sigcheck = FAULT_SIGNAL_PENDING and faultSignalPending) or
  (Arch.sigcheck = FATAL_ONLY and Fault.result = RETRY and fatal)
}
-- the ALLOW_RETRY gate: all four gate shapes agree here, since RETRY never carries a VM_FAULT_ERROR bit
-- ("We never return with VM_FAULT_RETRY and a bit from VM_FAULT_ERROR set", filemap_fault)
pred gateOpen { Fault.result = RETRY and (ALLOW_RETRY in Fault.flags or Arch.gate in RETRY_ONLY + NO_ERROR_RETRY_ONLY) }  -- v6.0: if (fault & VM_FAULT_RETRY)

-- handle_userfault()'s wake-up condition (userfaultfd_get_blocking_state / userfaultfd_signal_pending)
pred uffdSignalWakes {
  core57 implies ((INTERRUPTIBLE in Fault.flags and some Fault.signals) or (KILLABLE in Fault.flags and fatal))
  else ((USER + KILLABLE in Fault.flags) implies some Fault.signals else (KILLABLE in Fault.flags and fatal))
}

-- frame conditions
pred keepPc { Fault.pc' = Fault.pc }
pred keepAttempt { Fault.attempt' = Fault.attempt }
pred keepFlags { Fault.flags' = Fault.flags }
pred keepSem { Fault.mmap_sem' = Fault.mmap_sem }
pred keepPage { Fault.page_lock' = Fault.page_lock }
pred keepSignals { Fault.signals' = Fault.signals }
pred keepUffd { Fault.uffd' = Fault.uffd }
pred keepResult { Fault.result' = Fault.result }
pred keepExit { Fault.exit' = Fault.exit }
pred keepEnv { keepPage and keepSignals and keepUffd }
pred keepFault { keepPc and keepAttempt and keepFlags and keepSem and keepResult and keepExit }

-- the core returns to the arch with `r`
pred coreReturns[r: Result] { Fault.pc' = Check and Fault.result' = r and keepAttempt and keepFlags and keepExit }

-- ===== the fault thread =====
pred lockSem {   -- retry: down_read(&mm->mmap_sem); fault = handle_mm_fault(...)
  Fault.pc = Lock and no Fault.mmap_sem
  Fault.mmap_sem' = FaultThread and Fault.pc' = Core and Fault.attempt' = inc[Fault.attempt] and no Fault.result'
  keepFlags and keepExit and keepEnv
}
pred coreTrylock {   -- trylock_page() succeeds
  Fault.pc = Core and Fault.path = Filemap and no Fault.page_lock
  Fault.page_lock' = FaultThread
  keepPc and keepAttempt and keepFlags and keepSem and keepResult and keepExit and keepSignals and keepUffd
}
pred coreComplete {  -- the page is up to date: unlock_page(), return 0
  Fault.pc = Core and Fault.page_lock = FaultThread
  no Fault.page_lock' and coreReturns[NORETRY] and keepSem and keepSignals and keepUffd
}
pred coreDropWait {  -- __lock_page_or_retry / maybe_unlock_mmap_for_io: up_read(mmap_sem), wait for the page
  Fault.pc = Core and Fault.path = Filemap and Fault.page_lock = IO
  firstBranch[Fault.flags] and RETRY_NOWAIT not in Fault.flags
  no Fault.mmap_sem' and Fault.pc' = WaitIO
  keepAttempt and keepFlags and keepResult and keepExit and keepEnv
}
pred coreNowait {    -- RETRY_NOWAIT: return VM_FAULT_RETRY with mmap_sem still held ("CAUTION!")
  Fault.pc = Core and Fault.path = Filemap and Fault.page_lock = IO
  firstBranch[Fault.flags] and RETRY_NOWAIT in Fault.flags
  coreReturns[RETRY] and keepSem and keepEnv
}
pred coreWaitLock {  -- later attempt: __lock_page[_killable]() while holding mmap_sem
  Fault.pc = Core and Fault.path = Filemap and Fault.page_lock = IO and not firstBranch[Fault.flags]
  Fault.pc' = WaitLock
  keepAttempt and keepFlags and keepSem and keepResult and keepExit and keepEnv
}
pred waitIODone {    -- the I/O finished: return VM_FAULT_RETRY (mmap_sem already dropped)
  Fault.pc = WaitIO and Fault.page_lock != IO
  coreReturns[RETRY] and keepSem and keepEnv
}
pred waitIOKilled {  -- wait_on_page_locked_killable() interrupted by a fatal signal
  Fault.pc = WaitIO and Fault.page_lock = IO and KILLABLE in Fault.flags and fatal
  coreReturns[RETRY] and keepSem and keepEnv
}
pred waitLockGot {
  Fault.pc = WaitLock and no Fault.page_lock
  Fault.page_lock' = FaultThread and Fault.pc' = Core
  keepAttempt and keepFlags and keepSem and keepResult and keepExit and keepSignals and keepUffd
}
pred waitLockKilled { -- __lock_page_killable() failed: up_read(mmap_sem); return VM_FAULT_RETRY
  Fault.pc = WaitLock and Fault.page_lock = IO and KILLABLE in Fault.flags and fatal
  no Fault.mmap_sem' and coreReturns[RETRY] and keepEnv
}
pred uffdMapped {    -- the userfault was resolved: the pte is there, handle_mm_fault() returns 0
  Fault.pc = Core and Fault.path = Uffd and Fault.uffd = Resolved
  coreReturns[NORETRY] and keepSem and keepEnv
}
pred uffdSigbus {    -- handle_userfault() without ALLOW_RETRY: VM_FAULT_SIGBUS
  Fault.pc = Core and Fault.path = Uffd and Fault.uffd = Unresolved and ALLOW_RETRY not in Fault.flags
  coreReturns[ERROR] and keepSem and keepEnv
}
pred uffdNowait {    -- RETRY_NOWAIT: VM_FAULT_RETRY with mmap_sem held
  Fault.pc = Core and Fault.path = Uffd and Fault.uffd = Unresolved and ALLOW_RETRY + RETRY_NOWAIT in Fault.flags
  coreReturns[RETRY] and keepSem and keepEnv
}
pred uffdDrop {      -- handle_userfault() tests ALLOW_RETRY (not allowRetryFirst): up_read(mmap_sem) on every attempt
  Fault.pc = Core and Fault.path = Uffd and Fault.uffd = Unresolved
  ALLOW_RETRY in Fault.flags and RETRY_NOWAIT not in Fault.flags
  no Fault.mmap_sem' and Fault.pc' = WaitUffd
  keepAttempt and keepFlags and keepResult and keepExit and keepEnv
}
pred uffdWake {      -- woken (resolved, or a signal its blocking state admits): return VM_FAULT_RETRY
  Fault.pc = WaitUffd and (Fault.uffd = Resolved or uffdSignalWakes)
  not uffdNopageCase
  coreReturns[RETRY] and keepSem and keepEnv
}
-- v5.6 only: a user fault woken by a non-fatal signal re-took mmap_sem and faked VM_FAULT_NOPAGE (removed in v5.7)
pred uffdNopageCase { not core57 and Fault.mode = UserMode and USER + KILLABLE in Fault.flags and some Fault.signals and not fatal and Fault.uffd = Unresolved }
pred uffdWakeNopage {
  Fault.pc = WaitUffd and uffdNopageCase
  Fault.mmap_sem' = FaultThread and coreReturns[NORETRY] and keepEnv
}
-- UFFDIO_WAKE without UFFDIO_COPY (fs/userfaultfd.c userfaultfd_wake() -> wake_userfault()): the monitor wakes the
-- fault while the page is still missing; handle_userfault() returns VM_FAULT_RETRY (its ret stays RETRY) and the
-- retry finds the page missing again. Taken by the fault thread: the monitor's wake-up is what its wait waits for.
pred uffdWoken {
  Fault.pc = WaitUffd and not uffdNopageCase and Fault.uffd = Unresolved
  coreReturns[RETRY] and keepSem and keepEnv
}

-- the arch, back from handle_mm_fault()
pred signalExitTo {  -- user mode: return; kernel mode: no_context(), or (ret-only arches) return and re-execute
  Fault.mode = KernelMode and Arch.kexit = RETURN implies {
    -- the faulting kernel instruction runs again and faults again: a new fault with fresh flags
    Fault.pc' = Lock and Fault.flags' = startFlags and no Fault.result' and keepExit and Fault.attempt' = 0
  } else {
    Fault.pc' = Done and Fault.exit' = (Fault.mode = KernelMode implies NoContext else Returned)
    keepFlags and keepResult and keepAttempt
  }
}
pred signalExit {
  Fault.pc = Check and sigCheckFires
  signalExitTo and keepSem and keepEnv
}
pred retryFlagsAndGo {  -- flags = retryFlags(flags); goto retry  (s390: down_read(); goto retry)
  Fault.flags' = Fault.flags - Arch.clears + Arch.adds and no Fault.result' and keepExit
  Arch.relock = ARCH_RELOCKS implies {
    Fault.mmap_sem' = FaultThread and Fault.pc' = Core and Fault.attempt' = inc[Fault.attempt]
  } else {
    Fault.pc' = Lock and keepSem and keepAttempt
  }
}
pred gotoRetry {
  Fault.pc = Check and not sigCheckFires and gateOpen
  (Arch.sigcheck = FATAL_IN_RETRY_BRANCH implies not fatal)
  retryFlagsAndGo and keepEnv
}
-- v5.6 x86/powerpc: if (fault & RETRY) { if (flags & ALLOW_RETRY) { flags...; if (!fatal) goto retry; } user ? return : no_context }
pred retryBranchExit {
  Fault.pc = Check and Arch.sigcheck = FATAL_IN_RETRY_BRANCH and Fault.result = RETRY
  (ALLOW_RETRY in Fault.flags implies fatal)
  signalExitTo and keepSem and keepEnv
}
pred upReadExit {    -- up_read(&mm->mmap_sem); error ? mm_fault_error() : return
  Fault.pc = Check and not sigCheckFires and not gateOpen
  not (Arch.sigcheck = FATAL_IN_RETRY_BRANCH and Fault.result = RETRY)
  not completedTested
  no Fault.mmap_sem' and Fault.pc' = Done and Fault.exit' = (Fault.result = ERROR implies ErrorExit else Returned)
  keepAttempt and keepFlags and keepResult and keepEnv
}
pred idle { Fault.pc = Done and keepFault and keepEnv }

-- ===== the environment =====
pred ioUnlock { Fault.page_lock = IO and no Fault.page_lock' and keepFault and keepSignals and keepUffd }
pred ioLock { no Fault.page_lock and Fault.page_lock' = IO and keepFault and keepSignals and keepUffd }
pred sendFatal { Fatal not in Fault.signals and Fault.signals' = Fault.signals + Fatal and keepFault and keepPage and keepUffd }
pred sendSignal { NonFatal not in Fault.signals and Fault.signals' = Fault.signals + NonFatal and keepFault and keepPage and keepUffd }
pred resolve { Fault.uffd = Unresolved and Fault.uffd' = Resolved and keepFault and keepPage and keepSignals }
pred stutter { keepFault and keepEnv }

pred step {
  Fault.ev = LockSem and lockSem or Fault.ev = CoreTrylock and coreTrylock or
  Fault.ev = CoreComplete and coreComplete or Fault.ev = CoreDropWait and coreDropWait or
  Fault.ev = CoreNowait and coreNowait or Fault.ev = CoreWaitLock and coreWaitLock or
  Fault.ev = WaitIODone and waitIODone or Fault.ev = WaitIOKilled and waitIOKilled or
  Fault.ev = WaitLockGot and waitLockGot or Fault.ev = WaitLockKilled and waitLockKilled or
  Fault.ev = UffdMapped and uffdMapped or Fault.ev = UffdSigbus and uffdSigbus or
  Fault.ev = UffdNowait and uffdNowait or Fault.ev = UffdDrop and uffdDrop or
  Fault.ev = UffdWake and uffdWake or Fault.ev = UffdWakeNopage and uffdWakeNopage or
  Fault.ev = SignalExit and signalExit or Fault.ev = SignalRefault and signalExit or
  Fault.ev = GotoRetry and gotoRetry or Fault.ev = RetryBranchExit and retryBranchExit or
  Fault.ev = UpReadExit and upReadExit or Fault.ev = Idle and idle or Fault.ev = UffdWoken and uffdWoken or
  Fault.ev = CoreDirtyShared and coreDirtyShared or Fault.ev = CoreDirtySharedLocked and coreDirtySharedLocked or
  Fault.ev = CompletedExit and completedExit or
  Fault.ev = IoUnlock and ioUnlock or Fault.ev = IoLock and ioLock or
  Fault.ev = SendFatal and sendFatal or Fault.ev = SendSignal and sendSignal or
  Fault.ev = Resolve and resolve or Fault.ev = Stutter and stutter
}
-- SignalExit / SignalRefault name the two outcomes of the same code
fact eventNames { always (Fault.ev in SignalExit + SignalRefault implies
                          (Fault.ev = SignalRefault iff (Fault.mode = KernelMode and Arch.kexit = RETURN))) }

pred init {
  Fault.pc = Lock and Fault.attempt = 0 and Fault.flags = startFlags
  no Fault.mmap_sem and Fault.page_lock in IO and Fault.uffd = Unresolved
  no Fault.result and no Fault.exit
}
fact dynamics { init and always step }

-- ===== invariants =====
pred coreDrops { Fault.mmap_sem = FaultThread and no Fault.mmap_sem' and Fault.pc in Core + WaitLock }

-- FLAGS: (!ALLOW_RETRY && TRIED) is never passed to handle_mm_fault()
pred FLAGS { always (Fault.pc = Core implies not forbidden[Fault.flags]) }

-- DROP: the core gives mmap_sem up (a) on a filemap/swap path only on the first attempt (allowRetryFirst,
-- no RETRY_NOWAIT) or, on a later attempt, when a fatal signal interrupts a killable wait; (b) in
-- handle_userfault() whenever ALLOW_RETRY is set without RETRY_NOWAIT (it tests ALLOW_RETRY, not
-- allowRetryFirst); and (c) every drop is followed by a VM_FAULT_RETRY return
pred DROP {
  always (coreDrops implies (
      (Fault.path = Filemap and ((allowRetryFirst[Fault.flags] and RETRY_NOWAIT not in Fault.flags)
                                or (not allowRetryFirst[Fault.flags] and KILLABLE in Fault.flags and fatal)))
   or (Fault.path = Uffd and ALLOW_RETRY in Fault.flags and RETRY_NOWAIT not in Fault.flags)))
  always (coreDrops implies after (((Fault.pc != Check) until (Fault.pc = Check and Fault.result = RETRY))
                                   or always Fault.pc != Check))
}

-- SIGNAL: no goto retry while a fatal signal is pending (the check of every form) ...
pred SIGNAL { always (Fault.ev = GotoRetry implies not fatal) }
-- ... and, with fault_signal_pending(), none in user mode while any signal is pending
pred SIGNAL_user { always ((Fault.ev = GotoRetry and Fault.mode = UserMode) implies no Fault.signals) }

-- LOCK: RETRY means mmap_sem is already released (except RETRY_NOWAIT); a return without RETRY holds it (the fault
-- thread's, once: spec/requirements.md LOCK (c)); the arch's up_read finds it held; no lock is leaked at the end of
-- the fault. v6.0's VM_FAULT_COMPLETED ("->fault completed, meanwhile mmap lock released") breaks the second clause by
-- design: reported (LOCK_v60, expect 1), not redefined; the per-release reading is LOCK_retry_or_completed.
pred LOCK { lockReleasedOn[RETRY] }
-- LOCK read for v6.0 on: RETRY (but RETRY_NOWAIT) or COMPLETED means released; the rest as LOCK
pred LOCK_retry_or_completed { lockReleasedOn[RETRY + COMPLETED] }
-- RETRY (without RETRY_NOWAIT) and the other results in r mean mmap_sem is released, a result not in r that it is held
pred lockReleasedOn[r: set Result] {
  always ((Fault.pc = Check and Fault.result = RETRY and RETRY_NOWAIT not in Fault.flags) implies no Fault.mmap_sem)
  always ((Fault.pc = Check and Fault.result in r - RETRY) implies no Fault.mmap_sem)
  always ((Fault.pc = Check and Fault.result not in r) implies Fault.mmap_sem = FaultThread)
  always (Fault.ev = UpReadExit implies Fault.mmap_sem = FaultThread)
  always (Fault.pc = Done implies no Fault.mmap_sem)
}

-- TERMINATION: (1) once a fatal signal is pending and the environment stops making progress (only the fault
-- thread moves), the fault is over within 6 steps; (2) a filemap or swap fault takes at most two attempts
-- (a kernel-mode re-fault after a signal exit is a new fault: it starts again at attempt 0)
pred quietAfterFatal { always ((fatal and Fault.pc != Done) implies Fault.ev in FaultEvent) }
pred doneWithin6 {
  Fault.pc = Done or after (Fault.pc = Done or after (Fault.pc = Done or after (Fault.pc = Done or
    after (Fault.pc = Done or after (Fault.pc = Done or after Fault.pc = Done)))))
}
pred twoAttempts { always (Fault.path = Filemap implies Fault.attempt <= 2) }
pred TERMINATION { (quietAfterFatal implies always (fatal implies doneWithin6)) and twoAttempts }

-- SLEEP: on an attempt that may drop mmap_sem the fault never waits holding it. "May drop" is the core's own
-- test of its version (v5.7 fault_flag_allow_retry_first(), v5.6 ALLOW_RETRY; handle_userfault() ALLOW_RETRY),
-- never with RETRY_NOWAIT; written out here rather than through firstBranch, which a mutant may change
pred mayDropSem[f: set Flag] {
  RETRY_NOWAIT not in f
  Fault.path = Uffd implies ALLOW_RETRY in f else (core57 implies allowRetryFirst[f] else ALLOW_RETRY in f)
}
pred SLEEP { always ((Fault.pc in WaitIO + WaitLock + WaitUffd and mayDropSem[Fault.flags]) implies no Fault.mmap_sem) }

-- ===== the reference loop: x86 (the generated arch/x86.als declares the same) =====
-- v5.7.14 arch/x86/mm/fault.c:1405-1500
pred x86ref_loop_v57 {
  Arch.archv = V57 and Arch.gate = COMBINED and Arch.adds = TRIED and no Arch.clears
  Arch.sigcheck = FAULT_SIGNAL_PENDING and Arch.kexit = NO_CONTEXT and Arch.relock = TRYLOCK_BRANCH
}
pred x86ref_v57 { x86ref_loop_v57 and Arch.corev = V57 }
-- v5.6.4 arch/x86/mm/fault.c:1399-1465
pred x86ref_v56 {
  Arch.archv = V56 and Arch.corev = V56 and Arch.gate = NESTED and Arch.adds = TRIED and Arch.clears = ALLOW_RETRY
  Arch.sigcheck = FATAL_IN_RETRY_BRANCH and Arch.kexit = NO_CONTEXT and Arch.relock = TRYLOCK_BRANCH
}
pred retried { eventually Fault.ev = GotoRetry }

check FLAGS_v57 { x86ref_v57 implies FLAGS } for 4 Int, 10..10 steps expect 0
run FLAGS_v57_inst { x86ref_v57 and eventually (Fault.pc = Core and TRIED in Fault.flags) } for 4 Int, 10..10 steps expect 1

check FLAGS_v56 { x86ref_v56 implies FLAGS } for 4 Int, 1..10 steps expect 1
run FLAGS_v56_inst { x86ref_v56 and retried } for 4 Int, 10..10 steps expect 1

check DROP_v57 { x86ref_v57 implies DROP } for 4 Int, 10..10 steps expect 0
run DROP_v57_inst { x86ref_v57 and eventually (coreDrops and TRIED in Fault.flags) } for 4 Int, 10..10 steps expect 1

-- v5.6 handle_userfault() dropped mmap_sem and, for a user fault woken by a non-fatal signal, took it
-- again and faked VM_FAULT_NOPAGE: a drop not followed by RETRY (removed by "userfaultfd: don't retake
-- mmap_sem to emulate NOPAGE", same series)
check DROP_v56 { x86ref_v56 implies DROP } for 4 Int, 1..10 steps expect 1
run DROP_v56_inst { x86ref_v56 and eventually coreDrops } for 4 Int, 10..10 steps expect 1

-- why the core needed fault_flag_allow_retry_first(): the v5.7 arch loop (ALLOW_RETRY kept) on the v5.6
-- core drops mmap_sem and waits on a TRIED attempt
check DROP_v57arch_v56core { (x86ref_loop_v57 and Arch.corev = V56 and Fault.path = Filemap) implies DROP } for 4 Int, 1..10 steps expect 1
run DROP_v57arch_v56core_inst { x86ref_loop_v57 and Arch.corev = V56 and Fault.path = Filemap and retried } for 4 Int, 10..10 steps expect 1

check SIGNAL_v57 { x86ref_v57 implies (SIGNAL and SIGNAL_user) } for 4 Int, 10..10 steps expect 0
run SIGNAL_v57_inst { x86ref_v57 and eventually (Fault.ev = SignalExit and NonFatal = Fault.signals) } for 4 Int, 10..10 steps expect 1

-- v5.6's fatal-only check let a user-mode fault retry with a non-fatal signal pending
check SIGNAL_user_v56 { x86ref_v56 implies SIGNAL_user } for 4 Int, 1..10 steps expect 1
run SIGNAL_user_v56_inst { x86ref_v56 and Fault.mode = UserMode and retried } for 4 Int, 10..10 steps expect 1

check LOCK_v57 { x86ref_v57 implies LOCK } for 4 Int, 10..10 steps expect 0
run LOCK_v57_inst { x86ref_v57 and eventually (Fault.pc = Check and Fault.result = RETRY) and eventually Fault.ev = UpReadExit } for 4 Int, 10..10 steps expect 1

check TERMINATION_v57 { x86ref_v57 implies TERMINATION } for 4 Int, 10..10 steps expect 0
run TERMINATION_v57_inst { x86ref_v57 and quietAfterFatal and eventually (fatal and Fault.pc in WaitIO + WaitUffd) } for 4 Int, 10..10 steps expect 1

-- the waits of a first attempt (the I/O, the userfault) happen without mmap_sem, in both versions
check SLEEP_v57 { x86ref_v57 implies SLEEP } for 4 Int, 10..10 steps expect 0
run SLEEP_v57_inst { x86ref_v57 and eventually (Fault.pc in WaitIO + WaitUffd and mayDropSem[Fault.flags]) } for 4 Int, 10..10 steps expect 1

check SLEEP_v56 { x86ref_v56 implies SLEEP } for 4 Int, 10..10 steps expect 0
run SLEEP_v56_inst { x86ref_v56 and eventually (Fault.pc in WaitIO + WaitUffd and mayDropSem[Fault.flags]) } for 4 Int, 10..10 steps expect 1

-- kernel-facts.md §2: a kernel-mode fault on a userfaultfd range keeps retrying while only a non-fatal
-- signal is pending (fault_signal_pending() ignores it in kernel mode, handle_userfault() does not sleep)
run KERNEL_NONFATAL_RETRIES { x86ref_v57 and Fault.mode = KernelMode and Fault.path = Uffd and NonFatal in Fault.signals
  and always (Fault.uffd = Unresolved and not fatal) and eventually Fault.attempt = 3 } for 4 Int, 10..10 steps expect 1

-- ===== the patch's claims (spec/requirements.md "The patch's claims"; Java: retrycheck.check.Claims) =====

-- a wait of the fault whose condition held: the I/O finished, the page lock was taken, the monitor woke the fault
-- (having resolved the page, or by UFFDIO_WAKE)
pred waitDone { Fault.ev in WaitIODone + WaitLockGot + UffdWoken or (Fault.ev = UffdWake and Fault.uffd = Resolved) }

-- RETRY_WAIT: "for each code path to return a VM_FAULT_RETRY we'll first wait for a condition ... to happen before
-- VM_FAULT_RETRY is really returned". (a) a VM_FAULT_RETRY reaching the arch follows, as the fault thread's last
-- event, a wait whose condition held, unless RETRY_NOWAIT is set or a signal is pending (the wait was cut short or
-- skipped); (b) the loop cannot spin: no three successive attempts with only fault-thread steps between them and no
-- completed wait. That is a finite witness of an endless spin: the retry's change of flags (flags - clears + adds,
-- or startFlags on a re-fault) is idempotent, so the second and third attempts start from the same state (but the
-- saturating attempt counter), and with the environment quiet the fault can take the same steps again, forever.
-- (An "always eventually" form needs a lasso through the counter's saturation: over 30 states.)
pred retryFollowsWait {
  always ((Fault.pc = Check and Fault.result = RETRY) implies
    (before ((Fault.ev not in FaultEvent) since waitDone) or RETRY_NOWAIT in Fault.flags or some Fault.signals))
}
pred quietStep { Fault.ev in FaultEvent and not waitDone }
pred noSpin {
  not eventually (Fault.ev = LockSem and after (quietStep until (Fault.ev = LockSem and after (quietStep until Fault.ev = LockSem))))
}
pred RETRY_WAIT { retryFollowsWait and noSpin }

-- COMPLETE: "the page fault handler now can retry the page fault for multiple times if necessary": with no SIGKILL
-- ever and the page made available (the I/O completes / the monitor resolves the userfault), the fault never ends
-- with an error (mm_fault_error's SIGBUS, or no_context in kernel mode)
pred pageComes { Fault.path = Filemap implies eventually Fault.page_lock != IO else eventually Fault.uffd = Resolved }
pred COMPLETE { ((always not fatal) and pageComes) implies always (Fault.pc = Done implies Fault.exit = Returned) }

-- v5.7 x86: in user mode no spin; in kernel mode a non-fatal signal makes handle_userfault() return at once
-- (INTERRUPTIBLE) and fault_signal_pending() ignores it: the loop spins until the monitor acts (kernel-facts.md §2)
check RETRY_WAIT_v57 { x86ref_v57 implies RETRY_WAIT } for 4 Int, 1..12 steps expect 1
run RETRY_WAIT_v57_inst { x86ref_v57 and retried and eventually waitDone } for 4 Int, 12..12 steps expect 1
check RETRY_WAIT_v57_user { (x86ref_v57 and Fault.mode = UserMode) implies RETRY_WAIT } for 4 Int, 12..12 steps expect 0
run RETRY_WAIT_v57_user_inst { x86ref_v57 and Fault.mode = UserMode and retried and eventually waitDone } for 4 Int, 12..12 steps expect 1
-- v5.6 x86: at most two attempts per fault, and kernel mode leaves through no_context(): no spin
check RETRY_WAIT_v56 { x86ref_v56 implies RETRY_WAIT } for 4 Int, 12..12 steps expect 0
run RETRY_WAIT_v56_inst { x86ref_v56 and retried and eventually waitDone } for 4 Int, 12..12 steps expect 1

-- v5.7 completes; v5.6's retry clears ALLOW_RETRY, so a userfault woken before it is resolved (UFFDIO_WAKE) is
-- answered VM_FAULT_SIGBUS on the second attempt although the monitor resolves it afterwards
check COMPLETE_v57 { x86ref_v57 implies COMPLETE } for 4 Int, 12..12 steps expect 0
run COMPLETE_v57_inst { x86ref_v57 and (always not fatal) and pageComes and retried and eventually Fault.pc = Done } for 4 Int, 12..12 steps expect 1
check COMPLETE_v56 { x86ref_v56 implies COMPLETE } for 4 Int, 1..12 steps expect 1
run COMPLETE_v56_inst { x86ref_v56 and (always not fatal) and pageComes and retried and eventually Fault.pc = Done } for 4 Int, 12..12 steps expect 1

-- ===== The releases after v5.7 (issue 17; spec/releases.md; generated preds NAME_v59 ... NAME_v68 in arch/*.als) =====
-- At this level v5.9's core is v5.7's (accounting moves into handle_mm_fault(): no invariant reads it; handle_userfault's
-- single schedule() ends at the first wake-up or signal, as the wait here does). v6.0 adds VM_FAULT_COMPLETED (corev
-- V60), the gate without ALLOW_RETRY (Gate RETRY_ONLY, same behaviour: no arch clears ALLOW_RETRY after v5.7) and,
-- v6.4, lock_mm_and_find_vma() at retry: (Relock LOCK_MM_AND_FIND_VMA). Not here: the per-VMA lock attempt (a second
-- lock, a fallback attempt and its own RETRY paths) and stack expansion; models/README.md.

-- the shared-write path exists in the model only with the v6.0 core (in v5.7 the same code returned VM_FAULT_RETRY
-- after the drop; that form is the Java model's, spec/requirements.md "The patch's claims", RETRY_WAIT)
fact sharedFromV60 { Fault.path = Shared implies Arch.corev = V60 }

-- fault_dirty_shared_page() [S6.0.1 mm/memory.c:2993-3036]: the page was dirtied; on a first attempt without NOWAIT
-- fpin = maybe_unlock_mmap_for_io(vmf, NULL) drops mmap_lock, balance_dirty_pages_ratelimited(mapping) throttles and
-- it returns VM_FAULT_COMPLETED; otherwise it throttles holding the lock and the fault returns 0
pred coreDirtyShared {
  Fault.pc = Core and Fault.path = Shared and firstBranch[Fault.flags] and RETRY_NOWAIT not in Fault.flags
  no Fault.mmap_sem' and coreReturns[COMPLETED] and keepEnv
}
pred coreDirtySharedLocked {
  Fault.pc = Core and Fault.path = Shared and not (firstBranch[Fault.flags] and RETRY_NOWAIT not in Fault.flags)
  coreReturns[NORETRY] and keepSem and keepEnv
}
-- the arch: if (fault & VM_FAULT_COMPLETED) return;  -- no mmap_read_unlock(): the core released the lock
pred completedTested { Fault.result = COMPLETED and Arch.completed = COMPLETED_RETURN }
pred completedExit {
  Fault.pc = Check and completedTested
  Fault.pc' = Done and Fault.exit' = Returned and keepSem and keepAttempt and keepFlags and keepResult and keepEnv
}

-- DROP's literal rule (every drop is followed by a VM_FAULT_RETRY return) no longer holds by design from v6.0: a
-- COMPLETED return follows the shared-write drop. Reported (DROP_v60_completed, expect 1), not redefined; the
-- generated per-arch DROP checks of v6.0 on cover the other paths, whose rule is unchanged.
pred dropFollowedByRetryOrCompleted {
  always (coreDrops implies after (((Fault.pc != Check) until (Fault.pc = Check and Fault.result in RETRY + COMPLETED))
                                   or always Fault.pc != Check))
}

-- v6.0.1 arch/x86/mm/fault.c: the v5.7 loop with if (unlikely(fault & VM_FAULT_RETRY)) and the COMPLETED test
pred x86ref_loop_v60 {
  Arch.archv = V57 and Arch.corev = V60 and Arch.gate = RETRY_ONLY and Arch.adds = TRIED and no Arch.clears
  Arch.sigcheck = FAULT_SIGNAL_PENDING and Arch.kexit = NO_CONTEXT and Arch.relock = TRYLOCK_BRANCH
}
pred x86ref_v60 { x86ref_loop_v60 and Arch.completed = COMPLETED_RETURN }
-- LOCK's "a return without RETRY holds mmap_sem" breaks by design on the shared-write path (COMPLETED): reported
check LOCK_v60 { x86ref_v60 implies LOCK } for 4 Int, 1..10 steps expect 1
run LOCK_v60_inst { x86ref_v60 and eventually Fault.ev = CompletedExit } for 4 Int, 10..10 steps expect 1
check LOCK_v60_other_paths { x86ref_v60 implies (Fault.path != Shared implies LOCK) } for 4 Int, 10..10 steps expect 0
run LOCK_v60_other_paths_inst { x86ref_v60 and Fault.path != Shared and eventually (Fault.pc = Check and Fault.result = RETRY) } for 4 Int, 10..10 steps expect 1
-- the per-release reading holds for an arch that tests COMPLETED ...
check LOCK_v60_retry_or_completed { x86ref_v60 implies LOCK_retry_or_completed } for 4 Int, 10..10 steps expect 0
run LOCK_v60_retry_or_completed_inst { x86ref_v60 and eventually Fault.ev = CompletedExit } for 4 Int, 10..10 steps expect 1
-- ... and not for one without the COMPLETED test: it unlocks what the core released
check LOCK_v60_no_completed_test { (x86ref_loop_v60 and Arch.completed = NO_COMPLETED) implies LOCK_retry_or_completed } for 4 Int, 1..10 steps expect 1
run LOCK_v60_no_completed_test_inst { x86ref_loop_v60 and Arch.completed = NO_COMPLETED and eventually Fault.result = COMPLETED } for 4 Int, 10..10 steps expect 1
check DROP_v60_completed { x86ref_v60 implies DROP } for 4 Int, 1..10 steps expect 1
run DROP_v60_completed_inst { x86ref_v60 and Fault.path = Shared and eventually coreDrops } for 4 Int, 10..10 steps expect 1
check DROP_v60_other_paths { x86ref_v60 implies (Fault.path != Shared implies DROP) } for 4 Int, 10..10 steps expect 0
run DROP_v60_other_paths_inst { x86ref_v60 and Fault.path != Shared and eventually coreDrops } for 4 Int, 10..10 steps expect 1
check DROP_v60_retry_or_completed { x86ref_v60 implies dropFollowedByRetryOrCompleted } for 4 Int, 10..10 steps expect 0
run DROP_v60_retry_or_completed_inst { x86ref_v60 and eventually (coreDrops and Fault.path = Shared) } for 4 Int, 10..10 steps expect 1
