"""Schema: fields, types and values, as the JSON Schemas in schemas/ define them (reported by generator.model.schema)."""
