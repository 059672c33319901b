package dev.meshcode.model;

import java.util.List;

/** A {@code Policy} document: a named group of rules written by the governance group. */
public record PolicySpec(String name, String description, List<Rule> rules, Origin origin) {

  public PolicySpec {
    rules = List.copyOf(rules);
  }
}
