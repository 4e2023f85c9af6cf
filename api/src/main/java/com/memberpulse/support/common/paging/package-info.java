/** Relay connections, signed cursors and page sizes. */
@NullMarked
package com.memberpulse.support.common.paging;

import org.jspecify.annotations.NullMarked;
