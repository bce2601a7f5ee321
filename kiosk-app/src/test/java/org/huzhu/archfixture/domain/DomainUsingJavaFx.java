package org.huzhu.archfixture.domain;

import javafx.beans.property.SimpleStringProperty;

/** Fixture: breaks "no JavaFX outside UI" and "no printing outside entry points". */
public class DomainUsingJavaFx {

    public SimpleStringProperty name() {
        System.out.println("fixture");
        return new SimpleStringProperty();
    }
}
