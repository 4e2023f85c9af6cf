/** GraphQL conventions: limits, request hardening and the mapping of errors. */
@NullMarked
package com.memberpulse.support.common.graphql;

import org.jspecify.annotations.NullMarked;
