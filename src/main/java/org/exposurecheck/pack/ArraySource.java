package org.exposurecheck.pack;

/** A pack's bytes held in an array whose hash has been checked whole (a pack named on the command line, the demo pack, an install). */
final class ArraySource implements ByteSource {
    private final byte[] bytes;

    ArraySource(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public void read(long position, byte[] into, int offset, int length) {
        if (position < 0 || length < 0 || position > bytes.length - (long) length) {
            throw new OutsideSource();
        }
        System.arraycopy(bytes, (int) position, into, offset, length);
    }
}
