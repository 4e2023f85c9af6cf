/**
 * MemberPulse Support, the help-desk service: the application class, and one sub-package per feature whose
 * dependencies {@code ModularityTests} verifies.
 */
@NullMarked
package com.memberpulse.support;

import org.jspecify.annotations.NullMarked;
