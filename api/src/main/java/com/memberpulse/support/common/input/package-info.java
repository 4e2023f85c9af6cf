/** Input from the API shared by features: ids and reorder lists. */
@NullMarked
package com.memberpulse.support.common.input;

import org.jspecify.annotations.NullMarked;
