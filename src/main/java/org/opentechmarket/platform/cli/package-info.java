/** Command-line entry points shared by all modules. */
@org.springframework.modulith.NamedInterface("cli")
package org.opentechmarket.platform.cli;
