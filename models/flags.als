module flags

/*
 * The fault-flag lattice of include/linux/mm.h (v5.6.4 / v5.7.14) and the arch retry's change of flags.
 * Invariant FLAGS: (!ALLOW_RETRY && TRIED) is never passed to handle_mm_fault.
 * A set of flags is a plain `set Flag`; the checks quantify over all of them (2^7 combinations).
 * retry.als and the generated arch models open this module.
 */

abstract sig Flag {}
one sig WRITE,          -- 0x01
        ALLOW_RETRY,    -- 0x04
        RETRY_NOWAIT,   -- 0x08
        KILLABLE,       -- 0x10
        TRIED,          -- 0x20
        USER,           -- 0x40
        INTERRUPTIBLE   -- 0x200, new in v5.7
  extends Flag {}

-- v5.7 FAULT_FLAG_DEFAULT = ALLOW_RETRY | KILLABLE | INTERRUPTIBLE (0x214)
fun DEFAULT: set Flag { ALLOW_RETRY + KILLABLE + INTERRUPTIBLE }

-- fault_flag_allow_retry_first(flags): (flags & ALLOW_RETRY) && !(flags & TRIED)   [mm.h:466-470]
pred allowRetryFirst[f: set Flag] { ALLOW_RETRY in f and TRIED not in f }

-- the combination the patch forbids ("should never be used")
pred forbidden[f: set Flag] { TRIED in f and ALLOW_RETRY not in f }

-- legal combinations: not forbidden; RETRY_NOWAIT only with ALLOW_RETRY (BUG_ON in handle_userfault);
-- INTERRUPTIBLE only with KILLABLE (FAULT_FLAG_DEFAULT sets both; no caller sets it alone)
pred legal[f: set Flag] {
  not forbidden[f]
  RETRY_NOWAIT in f implies ALLOW_RETRY in f
  INTERRUPTIBLE in f implies KILLABLE in f
}

-- the flags an arch handler starts a fault with
pred archStart57[f: set Flag] { DEFAULT in f and f in DEFAULT + USER + WRITE }                       -- FAULT_FLAG_DEFAULT [| USER] [| WRITE]
pred archStart56[f: set Flag] { ALLOW_RETRY + KILLABLE in f and f in ALLOW_RETRY + KILLABLE + USER + WRITE } -- ALLOW_RETRY|KILLABLE [| USER] [| WRITE]

-- the retry's change of flags before `goto retry`
fun retry57[f: set Flag]: set Flag { f + TRIED }                     -- v5.7: flags |= FAULT_FLAG_TRIED
fun retry56[f: set Flag]: set Flag { f - ALLOW_RETRY + TRIED }       -- v5.6 (x86 and most): flags &= ~ALLOW_RETRY; flags |= TRIED
fun retry56noTried[f: set Flag]: set Flag { f - ALLOW_RETRY }        -- v5.6 alpha, parisc, unicore32: only the clear

-- FLAGS, v5.7: from any legal combination that the ALLOW_RETRY gate lets retry, the retry gives a legal,
-- allowed combination again (so any number of retries does; ALLOW_RETRY is kept, see GATE_v57_stays_open)
assert FLAGS_v57_retry_never_forbidden {
  all f: set Flag | (legal[f] and ALLOW_RETRY in f) implies (legal[retry57[f]] and not forbidden[retry57[f]])
}
check FLAGS_v57_retry_never_forbidden for 7 expect 0
run FLAGS_v57_retry_never_forbidden_inst { some f: set Flag | archStart57[f] and not forbidden[retry57[f]] and TRIED in retry57[f] } for 7 expect 1

-- FLAGS, v5.6: the first retry of an arch-started fault already produces it
assert FLAGS_v56_retry_never_forbidden {
  all f: set Flag | archStart56[f] implies not forbidden[retry56[f]]
}
check FLAGS_v56_retry_never_forbidden for 7 expect 1
run FLAGS_v56_retry_never_forbidden_inst { some f: set Flag | archStart56[f] and forbidden[retry56[f]] } for 7 expect 1

-- v5.6 alpha/parisc/unicore32 did not set TRIED: their second attempt ran with (!ALLOW_RETRY, !TRIED),
-- which is not the forbidden combination
assert FLAGS_v56_noTried_never_forbidden {
  all f: set Flag | archStart56[f] implies not forbidden[retry56noTried[f]]
}
check FLAGS_v56_noTried_never_forbidden for 7 expect 0
run FLAGS_v56_noTried_never_forbidden_inst { some f: set Flag | archStart56[f] and not allowRetryFirst[retry56noTried[f]] } for 7 expect 1

-- DROP (flag part): only the first attempt of a fault is allowRetryFirst; every retried attempt is not,
-- in both versions, so the core's "drop mmap_sem and wait" path is first-attempt-only
assert DROP_first_attempt_only {
  all f: set Flag | (archStart57[f] implies (allowRetryFirst[f] and not allowRetryFirst[retry57[f]]
                                              and not allowRetryFirst[retry57[retry57[f]]]))
                and (archStart56[f] implies (allowRetryFirst[f] and not allowRetryFirst[retry56[f]]))
}
check DROP_first_attempt_only for 7 expect 0
run DROP_first_attempt_only_inst { some f: set Flag | archStart57[f] and allowRetryFirst[f] } for 7 expect 1

-- v5.7 keeps ALLOW_RETRY, so the arch's (flags & ALLOW_RETRY) gate stays open: retries are unbounded;
-- v5.6 closes it after one retry
assert GATE_v57_stays_open {
  all f: set Flag | archStart57[f] implies ALLOW_RETRY in retry57[retry57[retry57[f]]]
}
check GATE_v57_stays_open for 7 expect 0
run GATE_v57_stays_open_inst { some f: set Flag | archStart57[f] and ALLOW_RETRY + TRIED in retry57[retry57[f]] } for 7 expect 1

-- v5.6 closed the gate after one retry
assert GATE_v56_closes {
  all f: set Flag | archStart56[f] implies ALLOW_RETRY not in retry56[f]
}
check GATE_v56_closes for 7 expect 0
run GATE_v56_closes_inst { some f: set Flag | archStart56[f] and ALLOW_RETRY in f } for 7 expect 1
