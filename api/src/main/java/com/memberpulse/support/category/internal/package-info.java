/** The category feature's mapper and the validation of a category's name and description. */
@NullMarked
package com.memberpulse.support.category.internal;

import org.jspecify.annotations.NullMarked;
