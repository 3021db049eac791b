package dev.godwit.processor.jpa;

/**
 * How Bean Validation constraints are read: applied to the DDL as Hibernate does with Hibernate
 * Validator present, ignored, or ignored with a warning (Godwit cannot tell whether Hibernate
 * Validator will be on the runtime classpath).
 */
public enum BeanValidationMode { APPLY, IGNORE, WARN }
