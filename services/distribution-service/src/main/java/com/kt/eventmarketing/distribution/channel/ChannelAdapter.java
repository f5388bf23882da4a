package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;

/** One provider's API. Throws {@link ChannelFailure} when the provider does not take the posting. */
interface ChannelAdapter {

    Channel channel();

    Posted post(ChannelRequest request);
}
