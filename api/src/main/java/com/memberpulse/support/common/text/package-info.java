/** Rich text: sanitised HTML and its plain text. */
@NullMarked
package com.memberpulse.support.common.text;

import org.jspecify.annotations.NullMarked;
