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
