package org.exposurecheck.identity;

/**
 * How much a match on a form says about identity. A match is "certain" only if some matched pair
 * contains a strong form; weak forms (a name, a date of birth, a masked HKID…) are shared by many people.
 */
public enum Strength {
    STRONG, WEAK
}
