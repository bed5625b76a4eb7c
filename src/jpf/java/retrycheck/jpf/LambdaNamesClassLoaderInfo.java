package retrycheck.jpf;

import gov.nasa.jpf.jvm.JVMSystemClassLoaderInfo;
import gov.nasa.jpf.vm.BootstrapMethodInfo;
import gov.nasa.jpf.vm.ClassInfo;
import gov.nasa.jpf.vm.VM;

/**
 * Works around a jpf-core (java-17 branch) naming clash: JPF names the class of a lambda's function object
 * {@code Enclosing$<bootstrap index>} ({@code ClassLoaderInfo.getResolvedFuncObjType}), the names javac gives anonymous
 * classes and enum-switch maps ({@code Enclosing$1}, {@code Enclosing$2}). In a class with both, such as
 * {@code retrycheck.check.Invariants}, JPF then finds the lambda class where it expects the switch map and fails with
 * {@code NoSuchFieldError: Invariants$2.$SwitchMap$...}. The bootstrap index is used for nothing but that name, so
 * shifting it out of javac's range gives every lambda class a name of its own. Selected with
 * {@code vm.classloader.class=retrycheck.jpf.LambdaNamesClassLoaderInfo}.
 */
public class LambdaNamesClassLoaderInfo extends JVMSystemClassLoaderInfo {
    /** Far above any javac anonymous-class number in the model. */
    static final int OFFSET = 1_000_000;

    public LambdaNamesClassLoaderInfo(VM vm, int appId) { super(vm, appId); }

    @Override
    public ClassInfo getResolvedFuncObjType(int bsIdx, ClassInfo fiClassInfo, String samUniqueName,
                                            BootstrapMethodInfo bmi, String[] freeVariableTypeNames) {
        return super.getResolvedFuncObjType(OFFSET + bsIdx, fiClassInfo, samUniqueName, bmi, freeVariableTypeNames);
    }
}
