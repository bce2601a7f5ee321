package org.huzhu.archfixture.cycle.b;

import org.huzhu.archfixture.cycle.a.A;

/** Fixture: the other half of a package cycle. */
public class B {

    public A partner() {
        return new A();
    }
}
