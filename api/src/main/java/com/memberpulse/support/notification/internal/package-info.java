/** The notification feature's storage. */
@NullMarked
package com.memberpulse.support.notification.internal;

import org.jspecify.annotations.NullMarked;
