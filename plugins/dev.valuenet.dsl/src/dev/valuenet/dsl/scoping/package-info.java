/** Name resolution across .vnet files: networks, imports and scenarios. */
package dev.valuenet.dsl.scoping;
