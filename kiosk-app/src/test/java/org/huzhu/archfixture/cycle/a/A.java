package org.huzhu.archfixture.cycle.a;

import org.huzhu.archfixture.cycle.b.B;

/** Fixture: one half of a package cycle. */
public class A {

    public B partner() {
        return new B();
    }
}
