/** Keyed hashes the features sign their tokens and messages with (cursors, webhooks, unsubscribe links). */
@NullMarked
package com.memberpulse.support.common.crypto;

import org.jspecify.annotations.NullMarked;
