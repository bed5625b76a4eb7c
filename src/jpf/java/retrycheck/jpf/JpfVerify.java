package retrycheck.jpf;

import gov.nasa.jpf.vm.Verify;

/**
 * {@link JpfVm} inside JPF: the native methods are implemented by the peer {@link JPF_retrycheck_jpf_JpfVerify} (JPF
 * finds it by name in the model class's package); on a plain JVM {@link #inJpf()} is false and nothing else is called.
 */
public final class JpfVerify implements JpfVm {
    @Override public boolean inJpf() { return Verify.isRunningInJPF(); }

    @Override public native void enter();

    @Override public native void leave();

    @Override public native void operationPoint();

    @Override public native void preconditionMet(String property);

    @Override public void cutPath() { Verify.ignoreIf(true); }
}
