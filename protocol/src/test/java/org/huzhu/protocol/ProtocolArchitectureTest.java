package org.huzhu.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The protocol module is plain Java shared by kiosk and server: no UI toolkit, no files, sockets or databases. */
class ProtocolArchitectureTest {

    private final JavaClasses protocol = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.huzhu.protocol");

    @Test
    void noJavaFxAndNoIo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.nio.file..", "java.net..", "java.sql..", "org.huzhu.kiosk..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(protocol);
    }
}
