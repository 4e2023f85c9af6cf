/** MyBatis type handlers and the rules of versioned and unique writes. */
@NullMarked
package com.memberpulse.support.common.persistence;

import org.jspecify.annotations.NullMarked;
