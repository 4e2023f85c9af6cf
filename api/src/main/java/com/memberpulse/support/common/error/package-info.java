/** One error model: stable codes and one JSON shape for GraphQL and HTTP. */
@NullMarked
package com.memberpulse.support.common.error;

import org.jspecify.annotations.NullMarked;
