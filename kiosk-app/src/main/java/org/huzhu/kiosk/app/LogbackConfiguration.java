package org.huzhu.kiosk.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.util.DefaultJoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.io.IOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Optional;

/**
 * Configures Logback from the kiosk's own {@code logback.xml}. The server module, on the kiosk's classpath for the
 * demo's embedded server (ADR 0008), brings a {@code logback.xml} too; left to itself Logback would pick whichever
 * comes first and print a warning about the pair on standard output at every start, before any command could say a
 * word. Found by Logback through {@code META-INF/services}; where a {@code logback-test.xml} is present (tests), it
 * steps aside and Logback's usual search applies.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogbackConfiguration extends ContextAwareBase implements Configurator {

    private static final String FILE = "logback.xml";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Optional<URL> own = ownFile();
        if (own.isEmpty() || LogbackConfiguration.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        DefaultJoranConfigurator joran = new DefaultJoranConfigurator();
        joran.setContext(context);
        try {
            joran.configureByResource(own.get());
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        } catch (JoranException e) {
            addError("The kiosk's " + FILE + " cannot be used", e);
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
    }

    /** The {@code logback.xml} that sits in the same jar or folder as this class. */
    private Optional<URL> ownFile() {
        CodeSource source = LogbackConfiguration.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        String home = source.getLocation().toString();
        try {
            return Collections.list(LogbackConfiguration.class.getClassLoader().getResources(FILE)).stream()
                    .filter(url -> url.toString().contains(home)).findFirst();
        } catch (IOException e) {
            addError("Cannot look for " + FILE, e);
            return Optional.empty();
        }
    }
}
