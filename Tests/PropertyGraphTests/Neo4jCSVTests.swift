import KnowledgeGraph
import PropertyGraph
import Testing
import FileInput

/// The header forms of `neo4j-admin database import`, plain pandas and
/// NetworkX headers, and RFC 4180 quoting.
struct Neo4jCSVTests {
  @Test func neo4jHeaderFormsMapToTheModel() throws {
    let graph = try Fixture.csv(
      nodes: """
        id:ID,name,:LABEL,born:int,score:float,alive:boolean,tags:string[],skip:IGNORE,since:date
        a,Ada,Person;Engineer,1815,9.5,false,math;poetry,x,1843-01-01
        b,Babbage,Person,,,,,,
        """,
      relationships: """
        :START_ID,:END_ID,:TYPE,weight:double
        a,b,KNOWS,0.5
        b,a,,
        """)
    let a = try #require(graph.entityIndex(forID: "a"))
    #expect(graph.name(of: a) == "Ada")
    #expect(graph.type(of: a) == "Person")
    #expect(
      graph.attributes(of: a) == [
        Attribute(key: "labels", value: .array([.string("Person"), .string("Engineer")])),
        Attribute(key: "born", value: .number("1815")),
        Attribute(key: "score", value: .number("9.5")),
        Attribute(key: "alive", value: .bool(false)),
        Attribute(key: "tags", value: .array([.string("math"), .string("poetry")])),
        Attribute(key: "since", value: .string("1843-01-01")),
      ])
    #expect(graph.attributes(of: try #require(graph.entityIndex(forID: "b"))) == [])
    #expect(Fixture.relationLines(graph) == ["a -KNOWS-> b", "b -linked to-> a"])
  }

  @Test func idSpacesKeepEqualIDsApart() throws {
    let graph = try PropertyGraphLoader.load(path: Fixture.path("neo4j"))
    #expect(graph.entityCount == 3)
    let keanu = try #require(graph.entityIndex(forID: "Person:keanu"))
    let matrix = try #require(graph.entityIndex(forID: "Movie:keanu"))
    #expect(graph.name(of: keanu) == "Keanu Reeves")
    #expect(graph.name(of: matrix) == "The Matrix")
    #expect(graph.type(of: matrix) == "Movie")
    #expect(
      Fixture.relationLines(graph) == [
        "Person:carrie -ACTED IN-> Movie:keanu", "Person:keanu -ACTED IN-> Movie:keanu",
      ])
  }

  @Test func nodesAndRelationshipsPathsNameTheirIDSpaces() throws {
    let relationships = Fixture.path("neo4j/movies-relationships.csv")
    #expect(
      throws: LoadError(
        "\(relationships):2:11: end id \"keanu\" names no node in ID space \"Movie\"")
    ) {
      try PropertyGraphLoader.load(
        path: Fixture.path("neo4j/movies-nodes.csv"), edgesPath: relationships)
    }
  }

  @Test func plainHeadersOfPandasAndNetworkX() throws {
    let graph = try Fixture.csv(
      nodes: "id,name,type\n1,Alice,Person\n2,Bob,Person\n",
      relationships: "source,target,type\n1,2,friend_of\n2,1,\n")
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "1"))) == "Alice")
    #expect(graph.type(of: try #require(graph.entityIndex(forID: "2"))) == "Person")
    #expect(Fixture.relationLines(graph) == ["1 -friend of-> 2", "2 -linked to-> 1"])
  }

  @Test func optionsChooseNameTypeAndRelationColumns() throws {
    let graph = try Fixture.csv(
      nodes: "id,name,fullName,category\n1,al,Alice Liddell,Person\n",
      relationships: "source,target,verb\n1,1,admires\n",
      options: PropertyGraphOptions(nameKey: "fullname", typeKey: "category", relationKey: "verb"))
    let alice = try #require(graph.entityIndex(forID: "1"))
    #expect(graph.name(of: alice) == "Alice Liddell")
    #expect(graph.type(of: alice) == "Person")
    #expect(Fixture.relationLines(graph) == ["1 -admires-> 1"])
  }

  @Test func rfc4180QuotingBOMAndCRLF() throws {
    let nodes =
      "\u{FEFF}id,name,description\r\n1,\"Smith, John\",\"said \"\"hi\"\"\r\nand left\"\r\n\r\n2,\"\",x\r\n"
    let graph = try Fixture.csv(nodes: nodes)
    let john = try #require(graph.entityIndex(forID: "1"))
    #expect(graph.name(of: john) == "Smith, John")
    #expect(graph.description(of: john) == "said \"hi\"\r\nand left")
    #expect(graph.name(of: try #require(graph.entityIndex(forID: "2"))) == "2")
    #expect(graph.entityCount == 2)
  }

  @Test func formatDetection() {
    #expect(PropertyGraphLoader.format(path: Fixture.path("neo4j")) == .csvFolder)
    #expect(PropertyGraphLoader.format(path: Fixture.path("gephi.graphml")) == .graphML)
    #expect(PropertyGraphLoader.format(path: Fixture.path("neo4j/movies-nodes.csv")) == .csv)
    #expect(PropertyGraphLoader.format(path: Fixture.path("neo4j/readme.txt")) == nil)
    #expect(PropertyGraphLoader.isCSVFolder(path: Fixture.path("networkx")) == false)
    #expect(PropertyGraphLoader.isGraphML(path: Fixture.path("networkx/karate.graphml")))
  }
}
