/** The report's one SQL statement per grouping. */
@NullMarked
package com.memberpulse.support.report.internal;

import org.jspecify.annotations.NullMarked;
