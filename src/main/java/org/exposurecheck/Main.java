package org.exposurecheck;
public final class Main { public static void main(String[] a) {} }
