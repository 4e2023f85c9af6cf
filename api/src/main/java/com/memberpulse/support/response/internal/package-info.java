/** The response feature's mappers and the validation of templates and canned responses. */
@NullMarked
package com.memberpulse.support.response.internal;

import org.jspecify.annotations.NullMarked;
