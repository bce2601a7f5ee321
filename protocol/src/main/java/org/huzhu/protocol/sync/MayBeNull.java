package org.huzhu.protocol.sync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few members of an answer that are {@code null} when they have nothing to say (docs/protocol.md §2
 * "Answers"); every other member must have a value, and a reader refuses an answer where one is {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MayBeNull {
}
