package org.exposurecheck.demo;

/** A mobile number: country calling code ("852" Hong Kong, "853" Macau) and the eight-digit local number. */
record Mobile(String countryCode, String local) {
    boolean isHongKong() {
        return countryCode.equals("852");
    }

    /** "+85291234567": the number in E.164, which is what makes two fictional people's numbers the same. */
    String e164() {
        return "+" + countryCode + local;
    }

    /** "9123 4567". */
    String spaced() {
        return local.substring(0, 4) + " " + local.substring(4);
    }
}
