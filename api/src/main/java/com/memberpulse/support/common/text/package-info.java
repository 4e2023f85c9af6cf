/** Text from people: plain text normalised as stored and compared (TextInput), rich text sanitised (RichText). */
@NullMarked
package com.memberpulse.support.common.text;

import org.jspecify.annotations.NullMarked;
