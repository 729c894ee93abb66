package org.opentechmarket.auction;

/** A bidder admitted without registering anew: a qualified buyer of a listing, whose deposit is already confirmed. */
public record QualifiedBidder(long organisationId, long userId, long depositId) {
}
