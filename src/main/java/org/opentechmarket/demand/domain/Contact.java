package org.opentechmarket.demand.domain;

/** A contact person: never public, revealed to the other side of accepted talks only. */
public record Contact(String name, String phone, String email) {
}
