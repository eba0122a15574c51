package dev.slimline.verify;

/** The sections of the report a check is printed in. */
public enum CheckCategory {
    BUILD,
    HEALTH,
    SECURITY,
    CONTRACT
}
