/** The attachment feature's storage, mapper, upload spooling, content inspection and file-name rules. */
@NullMarked
package com.memberpulse.support.attachment.internal;

import org.jspecify.annotations.NullMarked;
