/**
 * Ticket categories (SPEC section 9): each tenant's controlled list for the member's category picker, queue
 * filters, assignment rules and reporting. Admins create, rename, describe, reorder, archive and restore them;
 * archiving never touches existing tickets. Other features see {@link com.memberpulse.support.category.Category}
 * and {@link com.memberpulse.support.category.CategoryService}, whose {@code requireAssignable} and
 * {@code findAllById} serve the ticket feature and whose {@code requireAll} checks other features' category ids.
 */
@NullMarked
package com.memberpulse.support.category;

import org.jspecify.annotations.NullMarked;
