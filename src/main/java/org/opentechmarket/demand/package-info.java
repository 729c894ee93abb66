/**
 * Technology needs (技术需求, domain/demands.md §Technology needs): enterprises (or administrators and brokers on their
 * behalf) post what they must solve; an administrator reviews it lightly; the public catalogue searches it in Chinese with
 * facets; a counterpart asks to talk, and the contacts of both sides are revealed only when the need's owner agrees.
 * <p>
 * Other modules use the root types only: {@link org.opentechmarket.demand.Needs} (read a need's public summary),
 * {@link org.opentechmarket.demand.NeedStatus} and {@link org.opentechmarket.demand.Cooperation}.
 */
package org.opentechmarket.demand;
