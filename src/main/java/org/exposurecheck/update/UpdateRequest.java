package org.exposurecheck.update;

import java.util.List;
import java.util.Optional;

/**
 * One update the person asked for: the mirrors to try in order, the proxy and timeouts to use, and a
 * publisher they have just confirmed (needed only the first time, before its key is pinned).
 */
public record UpdateRequest(List<MirrorAddress> mirrors, Optional<ProxySetting> proxy, Timeouts timeouts,
                            Optional<PublisherConfirmation> confirmedPublisher) {
    public UpdateRequest {
        mirrors = List.copyOf(mirrors);
    }

    public UpdateRequest withConfirmedPublisher(PublisherConfirmation confirmation) {
        return new UpdateRequest(mirrors, proxy, timeouts, Optional.of(confirmation));
    }
}
