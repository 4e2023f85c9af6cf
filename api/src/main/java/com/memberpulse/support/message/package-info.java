/**
 * The conversation on a ticket: public replies between staff and the requester, and internal notes among
 * staff that members never see, are never notified of and that never count as a response.
 */
package com.memberpulse.support.message;
