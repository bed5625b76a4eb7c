package retrycheck.jpf;

import gov.nasa.jpf.annotation.MJI;
import gov.nasa.jpf.vm.MJIEnv;
import gov.nasa.jpf.vm.NativePeer;
import gov.nasa.jpf.vm.SystemState;
import gov.nasa.jpf.vm.ThreadInfo;

/**
 * Native peer of {@link JpfVerify}: JPF's atomic level without the scheduling choices that {@code Verify.beginAtomic}
 * and {@code endAtomic} each add, and one choice per operation. (Verify's pair would give two choice points per
 * operation, each a thread switch the embedded explorer does not have.)
 */
public class JPF_retrycheck_jpf_JpfVerify extends NativePeer {
    /**
     * The properties whose precondition held during the current search, in the host JVM (not JPF state); one JPF runs at
     * a time in a JVM ({@link JpfCoreBackend} clears it before and reads it after each search).
     */
    private static final java.util.Set<String> PRECONDITIONS_MET = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** What the search reported so far, and clears it. */
    static java.util.Set<String> drainPreconditionsMet() {
        java.util.Set<String> s = java.util.Set.copyOf(PRECONDITIONS_MET);
        PRECONDITIONS_MET.removeAll(s);
        return s;
    }

    @MJI public static void preconditionMet__Ljava_lang_String_2__V(MJIEnv env, int objRef, int propertyRef) {
        PRECONDITIONS_MET.add(env.getStringObject(propertyRef));
    }

    @MJI public static void enter____V(MJIEnv env, int objRef) { env.getSystemState().incAtomic(); }

    @MJI public static void leave____V(MJIEnv env, int objRef) { env.getSystemState().decAtomic(); }

    @MJI public static void operationPoint____V(MJIEnv env, int objRef) {
        ThreadInfo ti = env.getThreadInfo();
        SystemState ss = env.getSystemState();
        if (ti.isFirstStepInsn()) {              // re-executed at the start of this thread's chosen transition
            ss.incAtomic();
            return;
        }
        ss.decAtomic();
        if (ti.getScheduler().setsRescheduleCG(ti, "OPERATION")) {
            env.repeatInvocation();              // a choice of every runnable thread; this one resumes here
            return;
        }
        ss.incAtomic();                          // no other thread can run: no choice, stay in the section
    }
}
