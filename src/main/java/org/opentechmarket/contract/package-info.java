/**
 * Technology contract registration (技术合同认定登记): registration points, submission by the seller side, the registrar's
 * working-day clock and decisions, registration numbers and certificates, 技术交易额, tax-relief estimates, statistics.
 * Other modules reach it only through the root types: {@link org.opentechmarket.contract.DealRecords} (an SPI deal-owning
 * modules implement so a seller can pre-fill a registration from a deal) and {@link org.opentechmarket.contract.ContractStatistics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contract registration")
package org.opentechmarket.contract;
