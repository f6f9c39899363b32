package org.exposurecheck.pack;

/**
 * Random access to a pack's bytes: an array already verified whole ({@link ArraySource}), or an installed pack
 * file read chunk by chunk, each chunk checked against its hash from install ({@link InstalledChunks}). Every
 * read is bounds-checked; positions are relative to where the source starts.
 */
interface ByteSource {
    long length();

    /** Copies {@code length} bytes from {@code position}; a read outside the source is damage, not a bug. */
    void read(long position, byte[] into, int offset, int length);

    default byte[] read(long position, int length) {
        byte[] bytes = new byte[length];
        read(position, bytes, 0, length);
        return bytes;
    }

    default int intAt(long position) {
        byte[] b = read(position, 4);
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
    }

    default long longAt(long position) {
        return (long) intAt(position) << 32 | intAt(position + 4) & 0xffffffffL;
    }

    default int unsignedShortAt(long position) {
        byte[] b = read(position, 2);
        return (b[0] & 0xff) << 8 | b[1] & 0xff;
    }

    /** The bytes from {@code start} to the end, as a source of their own. */
    default ByteSource from(long start) {
        ByteSource whole = this;
        if (start < 0 || start > whole.length()) {
            throw new OutsideSource();
        }
        return new ByteSource() {
            @Override
            public long length() {
                return whole.length() - start;
            }

            @Override
            public void read(long position, byte[] into, int offset, int length) {
                if (position < 0) {
                    throw new OutsideSource();
                }
                whole.read(start + position, into, offset, length);
            }
        };
    }

    /** A read before the start or past the end: the structure that led there is damaged. */
    final class OutsideSource extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutsideSource() {
            super("read outside the pack's bytes", null, false, false);
        }
    }
}
