<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>ActionReview</name>
    <message>
        <source>%1 follows it up · follow-up on %2</source>
        <translation>%1 følger op · opfølgning den %2</translation>
    </message>
    <message>
        <source>The new follow-up date</source>
        <translation>Den nye opfølgningsdato</translation>
    </message>
    <message>
        <source>The new action: what will be done</source>
        <translation>Den nye aftale: hvad skal der ske</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
</context>
<context>
    <name>AgreementsCommand</name>
    <message>
        <source>kept</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>delvist holdt</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>ikke holdt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>frist denne uge</translation>
    </message>
    <message>
        <source>later</source>
        <translation>senere</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation>genforhandlet</translation>
    </message>
    <message>
        <source>conference cases with their open actions; export an agreement as PDF</source>
        <translation>konferencesager med deres åbne aftaler; gem aftalerne som PDF</translation>
    </message>
    <message>
        <source>List conference cases with their open actions, or export a case&apos;s agreement as a printable PDF (in the case&apos;s language) with room for signatures.</source>
        <translation>Vis konferencesager med deres åbne aftaler, eller gem en sags aftaler som en PDF til udskrift (på sagens sprog) med plads til underskrifter.</translation>
    </message>
    <message>
        <source>cases with their open actions</source>
        <translation>sager med deres åbne aftaler</translation>
    </message>
    <message>
        <source>every agreed action: overdue, due, later and closed, with its outcome</source>
        <translation>alle aftalte tiltag: overskredet, forfalden, senere og lukket, med udfaldet</translation>
    </message>
    <message>
        <source>The follow-up list of one school year (1 August - 31 July): each action&apos;s state, follow-up date and the outcome of its latest follow-up meeting.</source>
        <translation>Opfølgningslisten for et skoleår (1. august - 31. juli): hvert tiltags status, opfølgningsdato og udfaldet af det seneste opfølgningsmøde.</translation>
    </message>
    <message>
        <source>the school year, written like 2026/27 (default: this one)</source>
        <translation>skoleåret, skrevet som 2026/27 (standard: dette skoleår)</translation>
    </message>
    <message>
        <source>write a case&apos;s agreement as a PDF</source>
        <translation>gem en sags aftaler som PDF</translation>
    </message>
    <message>
        <source>write the school year like 2026/27, not {text}</source>
        <translation>skriv skoleåret som 2026/27, ikke {text}</translation>
    </message>
    <message>
        <source>No conference cases yet.</source>
        <translation>Der er ingen konferencesager endnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n taking part</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n åben</numerusform>
            <numerusform>, %n åbne</numerusform>
        </translation>
    </message>
    <message>
        <source>[{who} -&gt; {follower}; by {due}, follow-up {on}, {state}]</source>
        <translation>[{who} -&gt; {follower}; senest {due}, opfølgning {on}, {state}]</translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation>Skoleår {year}</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Intet at følge op på.</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>sag {id}</translation>
    </message>
    <message>
        <source>there is no case {case}</source>
        <translation>der er ingen sag nr. {case}</translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation>kunne ikke gemme {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>New action</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <source>No actions agreed yet. Write the first one on the right and save it.</source>
        <translation>Der er ikke aftalt noget endnu. Skriv den første aftale til højre, og gem den.</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Hvad skal der ske</translation>
    </message>
    <message>
        <source>A consequence for the person who caused harm</source>
        <translation>En konsekvens for den, der har gjort skade</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Udføres af</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Følges op af</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Færdig senest</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Choose an action in the list to remove it.</source>
        <translation>Vælg en aftale på listen for at fjerne den.</translation>
    </message>
</context>
<context>
    <name>AheadCard</name>
    <message>
        <source>Swap</source>
        <translation>Byt</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Some question bank files were skipped:</source>
        <translation>Nogle filer med spørgsmål blev sprunget over:</translation>
    </message>
    <message>
        <source>This is how the questions will sound.</source>
        <translation>Sådan kommer spørgsmålene til at lyde.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Away until and including:</source>
        <translation>Fraværende til og med:</translation>
    </message>
    <message>
        <source>Away until this day</source>
        <translation>Fraværende til denne dag</translation>
    </message>
    <message>
        <source>Back now</source>
        <translation>Er tilbage nu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>BankBrowserScreen</name>
    <message>
        <source>Question banks</source>
        <translation>Spørgsmålsbanker</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Search the prompts</source>
        <translation>Søg i spørgsmålene</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>New bank</source>
        <translation>Ny spørgsmålsbank</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Fjern spørgsmål</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Show on the card</source>
        <translation>Vis på kortet</translation>
    </message>
    <message>
        <source>Show the chosen prompt on the quick prompt card</source>
        <translation>Vis det valgte spørgsmål som hurtigt spørgsmål</translation>
    </message>
    <message>
        <source> · yours</source>
        <translation> · din</translation>
    </message>
    <message>
        <source> · facilitator only</source>
        <translation> · kun for facilitatoren</translation>
    </message>
    <message>
        <source>Facilitator only: never drawn at random. Choose a prompt and show it on the card.</source>
        <translation>Kun for facilitatoren: trækkes aldrig tilfældigt. Vælg et spørgsmål, og vis det på kortet.</translation>
    </message>
    <message>
        <source>Shipped banks are read-only: start your own.</source>
        <translation>De medfølgende spørgsmålsbanker kan ikke ændres: lav din egen.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Mine spørgsmål</translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation>Mindst ét spørgsmål</translation>
    </message>
    <message>
        <source>A bank keeps at least one prompt.</source>
        <translation>En spørgsmålsbank skal have mindst ét spørgsmål.</translation>
    </message>
    <message>
        <source>Remove this prompt from your bank?</source>
        <translation>Vil du fjerne spørgsmålet fra din spørgsmålsbank?</translation>
    </message>
    <message>
        <source>Import a bank</source>
        <translation>Importér en spørgsmålsbank</translation>
    </message>
    <message>
        <source>Banks and spreadsheets (*.toml *.csv)</source>
        <translation>Spørgsmålsbanker og regneark (*.toml *.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Der blev ikke importeret noget.</translation>
    </message>
    <message>
        <source>Export the bank</source>
        <translation>Eksportér spørgsmålsbanken</translation>
    </message>
    <message>
        <source>Bank file (*.toml);;Spreadsheet (*.csv)</source>
        <translation>Spørgsmålsbank (*.toml);;Regneark (*.csv)</translation>
    </message>
    <message>
        <source>The bank was not exported.</source>
        <translation>Spørgsmålsbanken blev ikke eksporteret.</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ikke gemt.</translation>
    </message>
</context>
<context>
    <name>BankProblem</name>
    <message>
        <source>is empty: write it between the quotes</source>
        <translation>er tom: skriv teksten mellem anførselstegnene</translation>
    </message>
    <message>
        <source>{value} is not a valid id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit, at most 100</source>
        <translation>{value} er ikke et gyldigt id: brug bogstaver, tal, &apos;-&apos;, &apos;_&apos; og &apos;.&apos;, begynd med et bogstav eller et tal, højst 100 tegn</translation>
    </message>
    <message>
        <source>unknown language {value} (expected {choices})</source>
        <translation>ukendt sprog {value} (skriv et af: {names})</translation>
    </message>
    <message>
        <source>unknown kind {value} (expected {choices})</source>
        <translation>ukendt slags {value} (skriv en af: {names})</translation>
    </message>
    <message>
        <source>unknown age band {value} (expected {choices})</source>
        <translation>ukendt alderstrin {value} (skriv et af: {names})</translation>
    </message>
    <message>
        <source>unknown stage {value} (expected {choices})</source>
        <translation>ukendt fase {value} (skriv en af: {names})</translation>
    </message>
    <message>
        <source>format {value} is not one this app reads (it reads 1 to {newest}); update circle-app</source>
        <translation>format {value} kan denne version ikke læse (den læser 1 til {newest}); opdatér circle-app</translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit} fit the prompt card, so shorten it</source>
        <translation>er {length} tegn; der er højst plads til {limit} på spørgsmålskortet, så gør den kortere</translation>
    </message>
    <message>
        <source>is empty (write the note, or leave the key out)</source>
        <translation>er tom (skriv noten, eller fjern linjen)</translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit} (one or two lines), so shorten it</source>
        <translation>er {length} tegn; højst {limit} (en eller to linjer), så gør den kortere</translation>
    </message>
    <message>
        <source>a {kind} bank must have facilitator_only = true (its prompts are never drawn at random)</source>
        <translation>en {kind}-bank skal have facilitator_only = true (dens spørgsmål trækkes aldrig tilfældigt)</translation>
    </message>
    <message>
        <source>a {kind} bank needs a note for the facilitator (e.g. note = &quot;Prepare such a circle with the school&apos;s resource people.&quot;)</source>
        <translation>en {kind}-bank skal have en note til facilitatoren (fx note = &quot;Forbered sådan en cirkel med skolens ressourcepersoner.&quot;)</translation>
    </message>
    <message>
        <source>holds an empty entry: remove the &quot;&quot;</source>
        <translation>har et tomt punkt: fjern &quot;&quot;</translation>
    </message>
    <message>
        <source>is empty: name at least one age band, like [&quot;mellemtrin&quot;]</source>
        <translation>er tom: skriv mindst ét alderstrin, fx [&quot;mellemtrin&quot;]</translation>
    </message>
    <message>
        <source>only conflict prompts have a stage (this bank&apos;s kind is {kind}): remove the stage line</source>
        <translation>kun konfliktspørgsmål har en fase (denne bank er af slagsen {kind}): fjern linjen med stage</translation>
    </message>
    <message>
        <source>a conflict prompt needs a stage ({choices})</source>
        <translation>et konfliktspørgsmål skal have en fase (stage: {names})</translation>
    </message>
    <message>
        <source>{value} is not this bank&apos;s language ({language}): a one-culture prompt lives in its own language&apos;s bank</source>
        <translation>{value} er ikke bankens sprog ({language}): et spørgsmål til én kultur hører til i bankens eget sprog</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation>er ikke en tekstfil (den indeholder binære data)</translation>
    </message>
    <message>
        <source>is neither UTF-8 nor Windows-1252 text; save it as UTF-8</source>
        <translation>er hverken UTF-8- eller Windows-1252-tekst; gem den som UTF-8</translation>
    </message>
    <message>
        <source>a quotation mark is not closed: close it, or remove it</source>
        <translation>et anførselstegn bliver ikke lukket: luk det, eller fjern det</translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({reason}); save it again as CSV from the spreadsheet</source>
        <translation>kan ikke læses som et regneark ({reason}); gem den igen som CSV fra regnearket</translation>
    </message>
    <message>
        <source>holds no rows: write one question per row</source>
        <translation>har ingen rækker: skriv ét spørgsmål pr. række</translation>
    </message>
    <message>
        <source>holds no prompts: write one question per row</source>
        <translation>har ingen spørgsmål: skriv ét spørgsmål pr. række</translation>
    </message>
    <message>
        <source>has {count} columns; expected text;ages;tags: put a text with ; or , in quotes</source>
        <translation>har {count} kolonner; der skal være text;ages;tags: sæt en tekst med ; eller , i anførselstegn</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit}, so shorten it</source>
        <translation>er {length} tegn; højst {limit}, så gør den kortere</translation>
    </message>
    <message>
        <source>duplicate prompt id {id}: give each row an id of its own</source>
        <translation>spørgsmåls-id {id} findes to gange: giv hver række sit eget id</translation>
    </message>
    <message>
        <source>export to a .toml or a .csv file</source>
        <translation>eksportér til en .toml- eller en .csv-fil</translation>
    </message>
    <message>
        <source>cannot be written: {reason}; choose another folder or file name</source>
        <translation>kan ikke gemmes: {reason}; vælg en anden mappe eller et andet filnavn</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>en tabel</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>en dato eller et klokkeslæt</translation>
    </message>
    <message>
        <source>has no counterpart in {language}: add {missing} (every bank file exists in both languages, with the same ids)</source>
        <translation>har ingen modpart på {language}: tilføj {missing} (hver bankfil findes på begge sprog, med de samme id&apos;er)</translation>
    </message>
    <message>
        <source>is {kind}, but its counterpart {other} is {other_kind}: give both files the same kind</source>
        <translation>er {kind}, men modparten {other} er {other_kind}: giv begge filer samme slags</translation>
    </message>
    <message>
        <source>is {value}, but its counterpart {other} has {other_value}: give both files the same value</source>
        <translation>er {value}, men modparten {other} har {other_value}: giv begge filer samme værdi</translation>
    </message>
    <message>
        <source>prompt {id} has no counterpart in {other}: add it there, or mark it only = &quot;{language}&quot;</source>
        <translation>spørgsmålet {id} har ingen modpart i {other}: tilføj det dér, eller markér det med only = &quot;{language}&quot;</translation>
    </message>
    <message>
        <source>prompt {id} is marked only = {only}, but {other} has it too: remove the mark or the counterpart</source>
        <translation>spørgsmålet {id} er markeret only = {only}, men {other} har det også: fjern markeringen eller modparten</translation>
    </message>
    <message>
        <source>prompt {id}: ages differ from its counterpart in {other}: {here} here, {there} there; give both the same ages</source>
        <translation>spørgsmålet {id}: alderstrinnene er andre end i modparten i {other}: {here} her, {there} dér; giv begge de samme alderstrin</translation>
    </message>
    <message>
        <source>prompt {id}: stage differs from its counterpart in {other}: {stage} here, {other_stage} there; give both the same stage</source>
        <translation>spørgsmålet {id}: fasen er en anden end i modparten i {other}: {stage} her, {other_stage} dér; giv begge samme fase</translation>
    </message>
    <message>
        <source>prompt {id}: the number of tags differs from its counterpart in {other}: {count} here, {other_count} there; give both as many tags</source>
        <translation>spørgsmålet {id}: antallet af emner er et andet end i modparten i {other}: {count} her, {other_count} dér; giv begge lige mange emner</translation>
    </message>
    <message>
        <source>prompt {id} is at position {here} here but at position {there} in {other}: a conversation&apos;s questions keep their order, so move one of them</source>
        <translation>spørgsmålet {id} står som nummer {here} her, men som nummer {there} i {other}: en samtales spørgsmål holder deres rækkefølge, så flyt et af dem</translation>
    </message>
    <message>
        <source>a bank with id {id} exists already: change the id</source>
        <translation>der findes allerede en bank med id {id}: skift id</translation>
    </message>
    <message>
        <source>a bank with id {id} exists already ({where}); change the id</source>
        <translation>der findes allerede en bank med id {id} ({where}); skift id</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data, NUL bytes)</source>
        <translation>er ikke en tekstfil (den indeholder binære data, NUL-bytes)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte}); save it as UTF-8</source>
        <translation>er ikke UTF-8-tekst (byte 0x{byte}); gem den som UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}. Look on this line for a missing quote, bracket, comma or =</source>
        <translation>ikke gyldig TOML: {reason}. Se efter et manglende anførselstegn, en parentes, et komma eller et = på denne linje</translation>
    </message>
    <message>
        <source>not valid TOML: lists or tables are nested too deeply</source>
        <translation>ikke gyldig TOML: lister eller tabeller ligger for dybt inden i hinanden</translation>
    </message>
    <message>
        <source>missing the [bank] table (id, language, kind, title)</source>
        <translation>mangler tabellen [bank] (id, language, kind, title)</translation>
    </message>
    <message>
        <source>must be a [bank] table</source>
        <translation>skal være en [bank]-tabel</translation>
    </message>
    <message>
        <source>the bank has no prompts (add [[prompts]])</source>
        <translation>banken har ingen spørgsmål (tilføj [[prompts]])</translation>
    </message>
    <message>
        <source>the bank has no prompts</source>
        <translation>banken har ingen spørgsmål</translation>
    </message>
    <message>
        <source>must be [[prompts]] tables</source>
        <translation>skal være [[prompts]]-tabeller</translation>
    </message>
    <message>
        <source>duplicate prompt id {id} (first at line {first}): give each prompt its own id</source>
        <translation>spørgsmåls-id {id} findes to gange (første gang i linje {first}): giv hvert spørgsmål sit eget id</translation>
    </message>
    <message>
        <source>duplicate prompt id {id}: give each prompt its own id</source>
        <translation>spørgsmåls-id {id} findes to gange: giv hvert spørgsmål sit eget id</translation>
    </message>
    <message>
        <source>missing: add {key} = … under [bank]</source>
        <translation>mangler: tilføj {key} = … under [bank]</translation>
    </message>
    <message>
        <source>missing: add {key} = … to this [[prompts]] table</source>
        <translation>mangler: tilføj {key} = … i denne [[prompts]]-tabel</translation>
    </message>
    <message>
        <source>must be text in quotes, not {kind}: write {key} = &quot;…&quot;</source>
        <translation>skal være tekst i anførselstegn, ikke {kind}: skriv {key} = &quot;…&quot;</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}: write {key} = 1</source>
        <translation>skal være et helt tal, ikke {kind}: skriv {key} = 1</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}: write {key} = true or {key} = false</source>
        <translation>skal være true eller false, ikke {kind}: skriv {key} = true eller {key} = false</translation>
    </message>
    <message>
        <source>must be a list of texts in quotes, like [&quot;a&quot;, &quot;b&quot;], not {kind}</source>
        <translation>skal være en liste af tekster i anførselstegn, fx [&quot;a&quot;, &quot;b&quot;], ikke {kind}</translation>
    </message>
    <message>
        <source>must be a list of texts in quotes, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>skal være en liste af tekster i anførselstegn, fx [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>is a folder, not a bank file</source>
        <translation>er en mappe, ikke en bankfil</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>er ikke et gyldigt filnavn</translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation>er en symbolsk henvisning i ring</translation>
    </message>
    <message>
        <source>is a symbolic link to {target}, which does not exist</source>
        <translation>er en symbolsk henvisning til {target}, som ikke findes</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>findes ikke</translation>
    </message>
    <message>
        <source>duplicate bank id {id} (already used by {first}); this file was skipped</source>
        <translation>bank-id {id} findes to gange (bruges allerede af {first}); denne fil blev sprunget over</translation>
    </message>
</context>
<context>
    <name>BanksCommand</name>
    <message>
        <source>check, list, import and export question banks</source>
        <translation>tjek, vis, importér og eksportér spørgsmålsbanker</translation>
    </message>
    <message>
        <source>Question banks: the TOML files prompts come from.</source>
        <translation>Spørgsmålsbanker: de TOML-filer, spørgsmålene kommer fra.</translation>
    </message>
    <message>
        <source>check bank files; one line per problem (FILE:LINE: field: message)</source>
        <translation>tjek filer med spørgsmålsbanker; én linje pr. fejl (FIL:LINJE: felt: besked)</translation>
    </message>
    <message>
        <source>Check bank files and folders (every *.toml below them). Exit 0 when all are valid, 1 otherwise, with one line per problem.</source>
        <translation>Tjek filer og mapper med spørgsmålsbanker (alle *.toml under dem). Afslutter med 0, når alt er i orden, ellers med 1 og én linje pr. fejl.</translation>
    </message>
    <message>
        <source>the language of the messages (default: the command line&apos;s)</source>
        <translation>beskedernes sprog (standard: kommandolinjens)</translation>
    </message>
    <message>
        <source>list the shipped and your own banks</source>
        <translation>vis appens og dine egne spørgsmålsbanker</translation>
    </message>
    <message>
        <source>List every bank the app loads: id, language, kind, number of prompts.</source>
        <translation>Vis alle spørgsmålsbanker, appen indlæser: id, sprog, type og antal spørgsmål.</translation>
    </message>
    <message>
        <source>add a bank from a .toml or a .csv (text;ages;tags) file</source>
        <translation>tilføj en spørgsmålsbank fra en .toml- eller .csv-fil (tekst;alder;emner)</translation>
    </message>
    <message>
        <source>Check a .toml bank or a .csv spreadsheet (columns text;ages;tags) and add it to your banks. Nothing is added when anything is wrong.</source>
        <translation>Tjek en .toml-spørgsmålsbank eller et .csv-regneark (kolonnerne text;ages;tags), og tilføj den til dine spørgsmålsbanker. Er der noget galt, tilføjes intet.</translation>
    </message>
    <message>
        <source>the new bank&apos;s id (CSV; default: file name)</source>
        <translation>den nye spørgsmålsbanks id (CSV; ellers filens navn)</translation>
    </message>
    <message>
        <source>the bank&apos;s title (CSV; default: file name)</source>
        <translation>spørgsmålsbankens titel (CSV; ellers filens navn)</translation>
    </message>
    <message>
        <source>write a bank to a .toml or a .csv file</source>
        <translation>gem en spørgsmålsbank som .toml- eller .csv-fil</translation>
    </message>
    <message>
        <source>Write a bank to FILE; .csv gives text;ages;tags for a spreadsheet.</source>
        <translation>Gem en spørgsmålsbank i FIL; .csv giver text;ages;tags til et regneark.</translation>
    </message>
    <message>
        <source>no bank files found in {folder}</source>
        <translation>der er ingen filer med spørgsmålsbanker i {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid bank(s).</source>
        <translation>
            <numerusform>%n spørgsmålsbank er i orden.</numerusform>
            <numerusform>%n spørgsmålsbanker er i orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank(s)</source>
        <translation>
            <numerusform>%n spørgsmålsbank</numerusform>
            <numerusform>%n spørgsmålsbanker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n spørgsmål</numerusform>
            <numerusform>%n spørgsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s): all valid.</source>
        <translation>
            <numerusform>%n plan: alt er i orden.</numerusform>
            <numerusform>%n planer: alt er i orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s): all valid.</source>
        <translation>
            <numerusform>%n spørgsmål: alt er i orden.</numerusform>
            <numerusform>%n spørgsmål: alt er i orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>user</source>
        <translation>din egen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>appens</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPROG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PROMPTS</source>
        <translation>SPØRGSMÅL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FRA</translation>
    </message>
    <message>
        <source>skipped {path}:</source>
        <translation>sprang {path} over:</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {bank} (%n prompt(s)) into {where}</source>
        <translation>
            <numerusform>Importerede {bank} (%n spørgsmål) til {where}</numerusform>
            <numerusform>Importerede {bank} (%n spørgsmål) til {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>no bank with id {bank} (see circle-app banks list)</source>
        <translation>der er ingen spørgsmålsbank med id&apos;et {bank} (se circle-app banks list)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {bank} (%n prompt(s)) to {file}</source>
        <translation>
            <numerusform>Gemte {bank} (%n spørgsmål) i {file}</numerusform>
            <numerusform>Gemte {bank} (%n spørgsmål) i {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPreview</name>
    <message>
        <source>On the board</source>
        <translation>På tavlen</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>The board — circle-app</source>
        <translation>Tavlen — circle-app</translation>
    </message>
</context>
<context>
    <name>CircleFlow</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>CircleRule</name>
    <message>
        <source>in a conflict circle everyone speaks in turn, seat by seat (M4)</source>
        <translation>i en konfliktcirkel taler alle efter tur, plads for plads (M4)</translation>
    </message>
    <message>
        <source>all planned rounds have been held</source>
        <translation>alle de planlagte runder er holdt</translation>
    </message>
    <message>
        <source>the round is still going: everyone gets the piece first (M1)</source>
        <translation>runden er ikke slut: alle får talestaven først (M1)</translation>
    </message>
    <message>
        <source>the piece goes seat by seat in this round</source>
        <translation>talestaven går plads for plads i denne runde</translation>
    </message>
    <message>
        <source>that seat is not in the circle right now</source>
        <translation>den plads er ikke med i cirklen lige nu</translation>
    </message>
    <message>
        <source>already in the circle</source>
        <translation>er allerede med i cirklen</translation>
    </message>
    <message>
        <source>not in the circle</source>
        <translation>er ikke med i cirklen</translation>
    </message>
    <message>
        <source>the round has begun; choose the mode for the next round</source>
        <translation>runden er i gang; vælg formen for næste runde</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>der er intet at fortryde</translation>
    </message>
    <message>
        <source>no round has started</source>
        <translation>ingen runde er begyndt</translation>
    </message>
    <message>
        <source>no such seat</source>
        <translation>den plads findes ikke</translation>
    </message>
    <message>
        <source>tap the person who wants to speak first</source>
        <translation>tryk først på den, der vil sige noget</translation>
    </message>
    <message>
        <source>everyone has had the piece in this round</source>
        <translation>alle har haft talestaven i denne runde</translation>
    </message>
    <message>
        <source>this is the last round</source>
        <translation>dette er sidste runde</translation>
    </message>
</context>
<context>
    <name>CircleScreen</name>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Stå over</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <source>Open round (whoever wants to speak)</source>
        <translation>Åben runde (den, der har lyst, siger noget)</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Skjul navne</translation>
    </message>
    <message>
        <source>Show what the marks mean (L)</source>
        <translation>Vis hvad mærkerne betyder (L)</translation>
    </message>
    <message>
        <source>Add a seat for someone who has none</source>
        <translation>Tilføj en plads til en, der ikke har en</translation>
    </message>
    <message>
        <source>End the circle now</source>
        <translation>Afslut cirklen nu</translation>
    </message>
    <message>
        <source>Pause and go home (continue later)</source>
        <translation>Hold pause og gå til forsiden (fortsæt senere)</translation>
    </message>
    <message>
        <source>There are no question banks for this circle</source>
        <translation>Der er ingen spørgsmålsbanker til denne cirkel</translation>
    </message>
    <message>
        <source>No other question fits this circle</source>
        <translation>Intet andet spørgsmål passer til denne cirkel</translation>
    </message>
    <message>
        <source>Reading aloud is not available</source>
        <translation>Oplæsning er ikke tilgængelig</translation>
    </message>
    <message>
        <source>There is no question on the card to read aloud</source>
        <translation>Der er intet spørgsmål på kortet at læse op</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Læser op …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>%1 added next to %2</source>
        <translation>%1 er tilføjet ved siden af %2</translation>
    </message>
    <message>
        <source>Names hidden</source>
        <translation>Navne skjult</translation>
    </message>
    <message>
        <source>Names shown</source>
        <translation>Navne vises</translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation>Ikke muligt nu: %1</translation>
    </message>
    <message>
        <source>%1 has left the circle</source>
        <translation>%1 har forladt cirklen</translation>
    </message>
    <message>
        <source>%1 has arrived</source>
        <translation>%1 er kommet</translation>
    </message>
    <message>
        <source>Add a seat next to %1</source>
        <translation>Tilføj en plads ved siden af %1</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Plads %1</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 af %2</translation>
    </message>
    <message>
        <source>Ask the circle your own question.</source>
        <translation>Stil cirklen dit eget spørgsmål.</translation>
    </message>
    <message>
        <source>%1 of %2 have had the piece</source>
        <translation>%1 af %2 har haft talestaven</translation>
    </message>
    <message>
        <source>%1 has the piece</source>
        <translation>%1 har talestaven</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>næste: %1</translation>
    </message>
    <message>
        <source>Open round: tap the person who wants to speak</source>
        <translation>Åben runde: tryk på den, der vil sige noget</translation>
    </message>
    <message>
        <source>Everyone has had the piece</source>
        <translation>Alle har haft talestaven</translation>
    </message>
    <message>
        <source>The next round will be open</source>
        <translation>Næste runde bliver åben</translation>
    </message>
    <message>
        <source>The next round goes seat by seat</source>
        <translation>Næste runde går plads for plads</translation>
    </message>
    <message>
        <source>This round is open: tap who wants to speak</source>
        <translation>Denne runde er åben: tryk på den, der vil sige noget</translation>
    </message>
    <message>
        <source>This round goes seat by seat</source>
        <translation>Denne runde går plads for plads</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>End round</source>
        <translation>Afslut runden</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Næste runde</translation>
    </message>
    <message>
        <source>It is %1&apos;s turn</source>
        <translation>Turen går til %1</translation>
    </message>
    <message>
        <source>No other question fits this round</source>
        <translation>Intet andet spørgsmål passer til denne runde</translation>
    </message>
</context>
<context>
    <name>CircleSetupScreen</name>
    <message>
        <source>New circle</source>
        <translation>Ny cirkel</translation>
    </message>
    <message>
        <source>Quick circle: numbered seats, no names</source>
        <translation>Hurtig cirkel: pladser med numre, ingen navne</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 personer)</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> pladser</translation>
    </message>
    <message>
        <source>Shuffle seats</source>
        <translation>Bland pladserne</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Alle er her</translation>
    </message>
    <message>
        <source>Tick who is here. Drag to change the seat order.</source>
        <translation>Sæt flueben ved dem, der er her. Træk for at bytte rundt på pladserne.</translation>
    </message>
    <message>
        <source>Who sits in the circle</source>
        <translation>Hvem sidder i cirklen</translation>
    </message>
    <message>
        <source>Show Next and Pass on the board for children to tap</source>
        <translation>Vis Næste og Stå over på tavlen, så børnene kan trykke</translation>
    </message>
    <message>
        <source>With a board screen of its own; the keeper always has them on the laptop</source>
        <translation>Når tavlen er en skærm for sig; cirkelholderen har dem altid på sin computer</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Alle aldre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Begynder med</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Cirkelholder</translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation>Spørgsmål på</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>What kind of circle</source>
        <translation>Hvilken slags cirkel</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Start the circle</source>
        <translation>Start cirklen</translation>
    </message>
    <message>
        <source>%1 — their turn</source>
        <translation>%1 — står for tur</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Plads %1</translation>
    </message>
    <message>
        <source>A %1 not on the list</source>
        <translation>Ikke på listen: %1</translation>
    </message>
</context>
<context>
    <name>ConferenceCaseScreen</name>
    <message>
        <source>Conferences</source>
        <translation>Konferencemøder</translation>
    </message>
    <message>
        <source>Agreement PDF</source>
        <translation>Aftaler som PDF</translation>
    </message>
    <message>
        <source>Follow-up circle</source>
        <translation>Opfølgningscirkel</translation>
    </message>
    <message>
        <source>Start without every pre-meeting, because… (a reason is required)</source>
        <translation>Start uden alle formøder, fordi… (skriv en begrundelse)</translation>
    </message>
    <message>
        <source>Start the conference</source>
        <translation>Start konferencemødet</translation>
    </message>
    <message>
        <source>Short; no sensitive detail needed</source>
        <translation>Kort; ingen følsomme detaljer</translation>
    </message>
    <message>
        <source>The facilitator is from the parties&apos; own institution</source>
        <translation>Facilitatoren er fra parternes egen institution</translation>
    </message>
    <message>
        <source>The police are involved</source>
        <translation>Politiet er involveret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Language (questions, PDF)</source>
        <translation>Sprog (spørgsmål, PDF)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Pre-meetings</source>
        <translation>Formøder</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Agreement PDF: agree an action first (Agreements).</source>
        <translation>Aftaler som PDF: lav først en aftale (Aftaler).</translation>
    </message>
    <message>
        <source>Follow-up circle: after the conference has been held.</source>
        <translation>Opfølgningscirkel: når konferencemødet er holdt.</translation>
    </message>
    <message>
        <source>Follow-up circle: at least two must have taken part.</source>
        <translation>Opfølgningscirkel: mindst to skal have deltaget.</translation>
    </message>
    <message>
        <source>The conference has been held.</source>
        <translation>Konferencemødet er holdt.</translation>
    </message>
    <message>
        <source>Continue the conference</source>
        <translation>Fortsæt konferencemødet</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n take(s) part.</source>
        <translation>
            <numerusform>Klar: %n deltager.</numerusform>
            <numerusform>Klar: %n deltagere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceOverviewScreen</name>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferencemøder</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>No conference cases yet. A case starts with New case, at the top.</source>
        <translation>Der er ingen sager endnu. En sag begynder med Ny sag øverst.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Skoleår</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Opfølgning den</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation>Følges op af</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Åbn sagen</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>conference held</source>
        <translation>konferencemødet er holdt</translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation>under forberedelse</translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) part</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n åben aftale</numerusform>
            <numerusform>%n åbne aftaler</numerusform>
        </translation>
    </message>
    <message>
        <source>All school years</source>
        <translation>Alle skoleår</translation>
    </message>
    <message>
        <source>Nothing to follow up in %1.</source>
        <translation>Der er intet at følge op på i %1.</translation>
    </message>
    <message>
        <source>Nothing to follow up yet: agreed actions appear here.</source>
        <translation>Der er intet at følge op på endnu: aftaler kommer til at stå her.</translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation>Vælg først en aftale på listen.</translation>
    </message>
    <message>
        <source>This action is closed; choose an open one to follow up.</source>
        <translation>Aftalen er afsluttet; vælg en åben aftale at følge op på.</translation>
    </message>
</context>
<context>
    <name>ConflictFlows</name>
    <message>
        <source>Conference: %1</source>
        <translation>Konferencemøde: %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation>Gem aftalerne som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConversationOrder</name>
    <message>
        <source>Order of asking</source>
        <translation>Rækkefølgen for spørgsmålene</translation>
    </message>
    <message>
        <source>%1: questions 1–5</source>
        <translation>%1: spørgsmål 1–5</translation>
    </message>
    <message>
        <source>%1: question 6</source>
        <translation>%1: spørgsmål 6</translation>
    </message>
    <message>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>next</source>
        <translation>næste</translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <source>Key-ring card</source>
        <translation>Spørgsmålskort</translation>
    </message>
    <message>
        <source>The six questions on one card (K)</source>
        <translation>De seks spørgsmål på ét kort (K)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Home; the conversation can be continued later</source>
        <translation>Til forsiden; I kan fortsætte samtalen senere</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Genoprettende samtale</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitator: %1</translation>
    </message>
    <message>
        <source>Every party has answered</source>
        <translation>Alle parter har svaret</translation>
    </message>
    <message>
        <source>Write down what the parties agree should happen now.</source>
        <translation>Skriv ned, hvad parterne er enige om, der skal ske nu.</translation>
    </message>
    <message>
        <source>%1 of %2 turns</source>
        <translation>%1 af %2 ture</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Questions 1–5, all in one go</source>
        <translation>Spørgsmål 1–5, alle på én gang</translation>
    </message>
    <message>
        <source>Question 6, to every party in turn</source>
        <translation>Spørgsmål 6, til alle parter efter tur</translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation>Tur %1 af %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>næste: %1</translation>
    </message>
</context>
<context>
    <name>ConversationSetupScreen</name>
    <message>
        <source>Restorative conversation</source>
        <translation>Genoprettende samtale</translation>
    </message>
    <message>
        <source>Every party gets the same six questions. Each in turn answers questions 1–5, then question 6 goes to everyone in the same order.</source>
        <translation>Alle parter får de samme seks spørgsmål. Hver part svarer efter tur på spørgsmål 1–5, og derefter går spørgsmål 6 til alle i samme rækkefølge.</translation>
    </message>
    <message>
        <source>Name of a party</source>
        <translation>Navn på en part</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Parties, in the order of asking</source>
        <translation>Parterne, i den rækkefølge de bliver spurgt</translation>
    </message>
    <message>
        <source>Someone not involved</source>
        <translation>En, der ikke er involveret</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Facilitator is</source>
        <translation>Facilitatoren er</translation>
    </message>
    <message>
        <source>Questions in</source>
        <translation>Spørgsmål på</translation>
    </message>
    <message>
        <source>Who facilitates</source>
        <translation>Hvem er facilitator</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Start samtalen</translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation>Navn: %1.</translation>
    </message>
    <message>
        <source>Add two or more parties.</source>
        <translation>Tilføj to eller flere parter.</translation>
    </message>
    <message>
        <source>Who facilitates? Someone not involved.</source>
        <translation>Hvem er facilitator? En, der ikke er involveret.</translation>
    </message>
    <message>
        <source>The facilitator must not be one of the parties: choose someone not involved.</source>
        <translation>Facilitatoren må ikke være en af parterne: vælg en, der ikke er involveret.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>How the circles are used</source>
        <translation>Sådan bliver cirklerne brugt</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Per school year</source>
        <translation>Pr. skoleår</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Proactive: peacetime, academic and parent meeting circles. Reactive: conflict circles, restorative conversations and conferences. Counts only, no names.</source>
        <translation>Proaktive: fredstidscirkler, faglige cirkler og cirkler til forældremøder. Reaktive: konfliktcirkler, genoprettende samtaler og konferencemøder. Kun antal, ingen navne.</translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation>Proaktive</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reaktive</translation>
    </message>
    <message>
        <source>Circles held</source>
        <translation>Afholdte cirkler</translation>
    </message>
    <message>
        <source>Circles and meetings held</source>
        <translation>Afholdte cirkler og møder</translation>
    </message>
    <message>
        <source>Proactive share</source>
        <translation>Andel proaktive cirkler</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Turns passed</source>
        <translation>Stod over (andel af ture)</translation>
    </message>
    <message>
        <source>Kept by staff</source>
        <translation>Holdt af medarbejdere</translation>
    </message>
    <message>
        <source>Kept by pupils</source>
        <translation>Holdt af elever</translation>
    </message>
    <message>
        <source>Kept by parents</source>
        <translation>Holdt af forældre</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation>Forsinkede aftaler</translation>
    </message>
    <message>
        <source>Actions kept on time</source>
        <translation>Aftaler overholdt til tiden</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database: {where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>Schema revision: {current}</source>
        <translation>Skemaversion: {current}</translation>
    </message>
    <message>
        <source>This version of circle-app needs: {head}</source>
        <translation>Denne version af circle-app skal bruge: {head}</translation>
    </message>
    <message>
        <source>none (no circle-app tables yet)</source>
        <translation>ingen (endnu ingen circle-app-tabeller)</translation>
    </message>
    <message>
        <source>Up to date: no upgrade is needed.</source>
        <translation>Opdateret: der er ikke brug for en opgradering.</translation>
    </message>
    <message>
        <source>An upgrade is needed: run circle-app db upgrade (as the database&apos;s owner).</source>
        <translation>Der er brug for en opgradering: kør circle-app db upgrade (som databasens ejer).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app: update circle-app.</source>
        <translation>Databasen er skrevet af en nyere version af circle-app: opdatér circle-app.</translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version.</source>
        <translation>Databasen har tabeller, men ingen circle-app-skemaversion.</translation>
    </message>
    <message>
        <source>Upgraded the schema from {current} to {head}.</source>
        <translation>Skemaet er opgraderet fra {current} til {head}.</translation>
    </message>
    <message>
        <source>Created the circle-app tables (schema {head}).</source>
        <translation>circle-app-tabellerne er oprettet (skema {head}).</translation>
    </message>
    <message>
        <source>The schema is up to date ({head}); nothing was changed.</source>
        <translation>Skemaet er opdateret ({head}); intet blev ændret.</translation>
    </message>
    <message>
        <source>the database schema: status, upgrade (for the administrator)</source>
        <translation>databasens skema: status, opgradering (til administratoren)</translation>
    </message>
    <message>
        <source>For the administrator of a shared database: see whether the schema needs an upgrade, and upgrade it (as the database&apos;s owner role). On PostgreSQL the app never upgrades by itself.</source>
        <translation>Til administratoren af en fælles database: se, om skemaet skal opgraderes, og opgradér det (som databasens ejerrolle). På PostgreSQL opgraderer appen aldrig selv.</translation>
    </message>
    <message>
        <source>the schema revision, the one this version needs, and whether to upgrade</source>
        <translation>skemaets version, den version denne udgave kræver, og om der skal opgraderes</translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the revision this version of circle-app needs, and whether an upgrade is needed. Changes nothing.</source>
        <translation>Vis databasens skemaversion, den version denne udgave af circle-app kræver, og om der skal opgraderes. Ændrer intet.</translation>
    </message>
    <message>
        <source>upgrade the schema to this version (run as the database&apos;s owner)</source>
        <translation>opgradér skemaet til denne udgave (kør det som databasens ejer)</translation>
    </message>
    <message>
        <source>Upgrade the schema to what this version of circle-app needs, in one transaction (a SQLite file is copied aside first). Run it as the role that owns the database; the app&apos;s own role needs only SELECT, INSERT, UPDATE and DELETE.</source>
        <translation>Opgradér skemaet til det, denne udgave af circle-app kræver, i én transaktion (en SQLite-fil kopieres først til side). Kør det som den rolle, der ejer databasen; appens egen rolle behøver kun SELECT, INSERT, UPDATE og DELETE.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>open a demo circle with 12 sample people (recorded like any circle)</source>
        <translation>åbn en prøvecirkel med 12 eksempelpersoner (gemmes som enhver anden cirkel)</translation>
    </message>
    <message>
        <source>Open a demo circle with 12 sample participants and a few rounds. It is recorded into the normal database like any circle.</source>
        <translation>Åbn en prøvecirkel med 12 eksempeldeltagere og nogle runder. Den gemmes i den almindelige database som enhver anden cirkel.</translation>
    </message>
    <message>
        <source>circle (default); conversation: a restorative conversation with three sample parties; conference: a sample conference case ready to start</source>
        <translation>circle (standard); conversation: en genoprettende samtale med tre eksempelparter; conference: en eksempelsag til et konferencemøde, klar til at gå i gang</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>For each action, the person who follows it up says how it went and what happens next. Only these choices are saved, never what anyone said.</source>
        <translation>For hver aftale fortæller den, der følger op, hvordan det er gået, og hvad der skal ske nu. Kun disse valg bliver gemt – aldrig det, nogen har sagt.</translation>
    </message>
    <message>
        <source>Follow-up meeting on</source>
        <translation>Opfølgningsmøde den</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>Gem opfølgningen</translation>
    </message>
    <message>
        <source>No open actions to follow up. Agreed actions appear here.</source>
        <translation>Der er ingen åbne aftaler at følge op på. Aftaler kommer til at stå her.</translation>
    </message>
    <message>
        <source>Every action has been followed up and closed.</source>
        <translation>Der er fulgt op på alle aftaler, og de er afsluttet.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up meetings so far: %n, the last on %1.</source>
        <translation>
            <numerusform>Opfølgningsmøder indtil nu: %n, det seneste den %1.</numerusform>
            <numerusform>Opfølgningsmøder indtil nu: %n, det seneste den %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up meeting yet.</source>
        <translation>Der har ikke været et opfølgningsmøde endnu.</translation>
    </message>
    <message>
        <source>There is nothing to follow up: no action is open.</source>
        <translation>Der er intet at følge op på: ingen aftaler er åbne.</translation>
    </message>
    <message>
        <source>Choose how at least one action went: kept, partly or not kept.</source>
        <translation>Vælg, hvordan mindst én aftale er gået: overholdt, delvist eller ikke overholdt.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group settings</source>
        <translation>Indstillinger for gruppen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>For example 5.a or Parents of 5.a</source>
        <translation>For eksempel 5.a eller Forældre i 5.a</translation>
    </message>
    <message>
        <source>Mixed ages</source>
        <translation>Blandede aldre</translation>
    </message>
    <message>
        <source>Who takes turns keeping the circle? The app suggests whose turn it is.</source>
        <translation>Hvem skiftes til at være cirkelholder? Appen foreslår, hvis tur det er.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation>Spørgsmål på</translation>
    </message>
    <message>
        <source>Keepers</source>
        <translation>Cirkelholdere</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>En gruppe skal have et navn.</translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation>Navn: %1.</translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>{group} (new group)</source>
        <translation>{group} (ny gruppe)</translation>
    </message>
    <message numerus="yes">
        <source>%n to import into {group}:</source>
        <translation>
            <numerusform>%n importeres til {group}:</numerusform>
            <numerusform>%n importeres til {group}:</numerusform>
        </translation>
    </message>
    <message>
        <source>DUPLICATE (in the file)</source>
        <translation>DUBLET (to gange i filen)</translation>
    </message>
    <message>
        <source>DUPLICATE (in the group)</source>
        <translation>DUBLET (allerede i gruppen)</translation>
    </message>
    <message>
        <source>back in the group</source>
        <translation>tilbage i gruppen</translation>
    </message>
    <message>
        <source>changed: {what} (was {before})</source>
        <translation>ændret: {what} (var {before})</translation>
    </message>
    <message>
        <source>already in the group</source>
        <translation>allerede i gruppen</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linje {line}</translation>
    </message>
    <message>
        <source>Not in the file, marked as left the group: {names}.</source>
        <translation>Ikke i filen, markeret som gået ud af gruppen: {names}.</translation>
    </message>
    <message>
        <source>Not in the file, kept (add --mark-gone to mark them): {names}.</source>
        <translation>Ikke i filen, beholdt (tilføj --mark-gone for at markere dem): {names}.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>%n fejl: intet blev importeret.</numerusform>
            <numerusform>%n fejl: intet blev importeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in {file}</source>
        <translation>
            <numerusform>%n person i {file}</numerusform>
            <numerusform>%n personer i {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff not read (add --all-roles to read them).</source>
        <translation>
            <numerusform>%n medarbejder ikke læst (tilføj --all-roles for at læse dem).</numerusform>
            <numerusform>%n medarbejdere ikke læst (tilføj --all-roles for at læse dem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) linked to their children.</source>
        <translation>
            <numerusform>%n forælder knyttet til sit barn.</numerusform>
            <numerusform>%n forældre knyttet til deres børn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: {columns}.</source>
        <translation>Kolonner, der ikke læses: {columns}.</translation>
    </message>
    <message>
        <source>{file}: rows without a class (line {lines}): nothing was imported.</source>
        <translation>{file}: rækker uden klasse (linje {lines}): intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: imported anyway.</source>
        <translation>
            <numerusform>%n mulig dublet markeret: importeres alligevel.</numerusform>
            <numerusform>%n mulige dubletter markeret: importeres alligevel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: skipped.</source>
        <translation>
            <numerusform>%n mulig dublet markeret: springes over.</numerusform>
            <numerusform>%n mulige dubletter markeret: springes over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Der er intet at importere.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people into {group}?</source>
        <translation>
            <numerusform>Importér %n person til {group}?</numerusform>
            <numerusform>Importér %n personer til {group}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Intet blev importeret.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ændret</numerusform>
            <numerusform>%n ændret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back</source>
        <translation>
            <numerusform>%n tilbage</numerusform>
            <numerusform>%n tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as left</source>
        <translation>
            <numerusform>%n markeret som gået</numerusform>
            <numerusform>%n markeret som gået</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people into {group}.</source>
        <translation>
            <numerusform>Importerede %n person til {group}.</numerusform>
            <numerusform>Importerede %n personer til {group}.</numerusform>
        </translation>
    </message>
    <message>
        <source>list groups, import a class list, export one</source>
        <translation>vis grupper, importér en klasseliste, eksportér en</translation>
    </message>
    <message>
        <source>Groups (classes, SFO groups, clubs, parent meetings, staff) and their people.</source>
        <translation>Grupper (klasser, SFO-grupper, klubber, forældremøder, personale) og deres personer.</translation>
    </message>
    <message>
        <source>groups with their sizes</source>
        <translation>grupper og hvor mange der er i dem</translation>
    </message>
    <message>
        <source>List groups with their sizes.</source>
        <translation>Vis grupperne, og hvor mange der er i hver.</translation>
    </message>
    <message>
        <source>add people from a class list to a group (created if missing)</source>
        <translation>tilføj personer fra en klasseliste til en gruppe (oprettes, hvis den mangler)</translation>
    </message>
    <message>
        <source>Add people from a class list to a group.</source>
        <translation>Tilføj personer fra en klasseliste til en gruppe.</translation>
    </message>
    <message>
        <source>Reads CSV (comma, semicolon or tab; UTF-8 or Windows-1252), Excel .xlsx and the exports of School Data Sync v1 (Student.csv) and v2.1 (users.csv, with roles.csv beside it), OneRoster 1.1 (users.csv), the Google Workspace user export and Tabulex/TEA Elev.txt, recognised by their headers; any other file needs a header such as navn;klasse;rolle or first name,last name,class,role.</source>
        <translation>Læser CSV (komma, semikolon eller tabulator; UTF-8 eller Windows-1252), Excel .xlsx og eksporterne fra School Data Sync v1 (Student.csv) og v2.1 (users.csv, med roles.csv ved siden af), OneRoster 1.1 (users.csv), Google Workspace-brugereksporten og Tabulex/TEA Elev.txt, genkendt på deres overskrifter; alle andre filer skal have en overskrift som navn;klasse;rolle eller first name,last name,class,role.</translation>
    </message>
    <message>
        <source>Shows a preview first: who is new, who is already in the group, who changed, who is no longer on the list; duplicates flagged. A malformed file is refused with FILE:LINE: field: message and nothing is imported.</source>
        <translation>Viser først et eksempel: hvem der er nye, hvem der allerede er i gruppen, hvem der er ændret, og hvem der ikke længere er på listen; dubletter markeres. En fejlbehæftet fil afvises med FIL:LINJE: felt: besked, og intet importeres.</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>gruppens navn</translation>
    </message>
    <message>
        <source>one group per class in the file (a whole school at once), each named after it</source>
        <translation>én gruppe pr. klasse i filen (en hel skole på én gang), hver opkaldt efter klassen</translation>
    </message>
    <message>
        <source>the sheet of an .xlsx (default: first)</source>
        <translation>arket i en .xlsx (standard: det første)</translation>
    </message>
    <message>
        <source>mark people of the group who are not in the file as having left it (their past turns stay)</source>
        <translation>markér personer i gruppen, som ikke er i filen, som gået ud af den (deres tidligere ture bevares)</translation>
    </message>
    <message>
        <source>of a OneRoster or School Data Sync file, read staff and guardians too, not only pupils</source>
        <translation>læs også personale og forældre i en OneRoster- eller School Data Sync-fil, ikke kun elever</translation>
    </message>
    <message>
        <source>kind of a new group (default: class)</source>
        <translation>typen af en ny gruppe (standard: class, en klasse)</translation>
    </message>
    <message>
        <source>prompt language of a new group (default: da)</source>
        <translation>spørgsmålenes sprog i en ny gruppe (standard: da)</translation>
    </message>
    <message>
        <source>also import rows flagged as twice in the file (two children may share a name)</source>
        <translation>importér også rækker, der står to gange i filen (to børn kan have samme navn)</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>spørg ikke først</translation>
    </message>
    <message>
        <source>write a group&apos;s list to an .xlsx or .csv file</source>
        <translation>skriv en gruppes liste til en .xlsx- eller .csv-fil</translation>
    </message>
    <message>
        <source>Write a group&apos;s people, in seat order, to FILE (.xlsx or .csv), in the layout `groups import` reads back. Text a spreadsheet would run as a formula is written as text. The file is readable by you only.</source>
        <translation>Skriv en gruppes personer i pladsrækkefølge til FIL (.xlsx eller .csv) i det format, `groups import` læser igen. Tekst, som et regneark ville køre som en formel, skrives som tekst. Kun du kan læse filen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONER</translation>
    </message>
    <message>
        <source>No groups yet: circle-app groups import FILE --group NAME</source>
        <translation>Der er ingen grupper endnu: circle-app groups import FIL --group NAVN</translation>
    </message>
    <message>
        <source>no group called {group}.</source>
        <translation>ingen gruppe hedder {group}.</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>kan ikke gemme {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people to {file}.</source>
        <translation>
            <numerusform>Skrev %n person til {file}.</numerusform>
            <numerusform>Skrev %n personer til {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>give --group NAME, or --split-by-class.</source>
        <translation>angiv --group NAVN eller --split-by-class.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>findes ikke</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Circles</source>
        <translation>Cirkler</translation>
    </message>
    <message>
        <source>One question at a time goes round. Everyone may speak or pass.</source>
        <translation>Ét spørgsmål ad gangen går rundt. Alle må sige noget eller stå over.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>No, end it</source>
        <translation>Nej, afslut den</translation>
    </message>
    <message>
        <source>Circle with:</source>
        <translation>Cirkel med:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Key-ring card (K)</source>
        <translation>Spørgsmålskort (K)</translation>
    </message>
    <message>
        <source>The six questions on one card, from anywhere: K</source>
        <translation>De seks spørgsmål på ét kort – tryk K, uanset hvor du er</translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation>Spørgsmålsbanker</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Start a circle</source>
        <translation>Start en cirkel</translation>
    </message>
    <message>
        <source>Seats, a talking piece, rounds</source>
        <translation>Pladser, talestav, runder</translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation>Hurtigt spørgsmål</translation>
    </message>
    <message>
        <source>A question in ten seconds</source>
        <translation>Et spørgsmål på ti sekunder</translation>
    </message>
    <message>
        <source>Try a demo circle</source>
        <translation>Prøv en democirkel</translation>
    </message>
    <message>
        <source>Twelve sample people</source>
        <translation>Tolv opdigtede personer</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Genoprettende samtale</translation>
    </message>
    <message>
        <source>Same six questions for every party</source>
        <translation>De samme seks spørgsmål til alle parter</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Konferencemøder</translation>
    </message>
    <message>
        <source>Pre-meetings, agreements, follow-up</source>
        <translation>Formøder, aftaler, opfølgning</translation>
    </message>
    <message>
        <source>Groups and people</source>
        <translation>Grupper og personer</translation>
    </message>
    <message>
        <source>Classes, seats, import a list</source>
        <translation>Klasser, pladser, importér en liste</translation>
    </message>
    <message>
        <source>Start a circle with %1</source>
        <translation>Start en cirkel med %1</translation>
    </message>
    <message numerus="yes">
        <source>Continue the restorative conversation from %1? %n turn(s) so far.</source>
        <translation>
            <numerusform>Vil du fortsætte den genoprettende samtale fra %1? %n tur indtil nu.</numerusform>
            <numerusform>Vil du fortsætte den genoprettende samtale fra %1? %n ture indtil nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle with %3 from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Vil du fortsætte cirklen med %3 fra %1? Den stoppede i runde %2 efter %n tur.</numerusform>
            <numerusform>Vil du fortsætte cirklen med %3 fra %1? Den stoppede i runde %2 efter %n ture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Vil du fortsætte cirklen fra %1? Den stoppede i runde %2 efter %n tur.</numerusform>
            <numerusform>Vil du fortsætte cirklen fra %1? Den stoppede i runde %2 efter %n ture.</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>i dag kl. %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>i går kl. %1</translation>
    </message>
</context>
<context>
    <name>KeeperView</name>
    <message>
        <source>Circle %1</source>
        <translation>Hele cirklen %1</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Tur %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 tilbage</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 over tiden</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>No prompt: ask the circle your own question.</source>
        <translation>Intet spørgsmål: stil cirklen dit eget.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (færdig)</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (nu)</translation>
    </message>
    <message>
        <source>Time with the piece</source>
        <translation>Tid med talestaven</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Næste spørgsmål</translation>
    </message>
    <message>
        <source>Will be offered the piece again</source>
        <translation>Får talestaven tilbudt igen</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>So far, per person</source>
        <translation>Indtil nu, pr. person</translation>
    </message>
    <message>
        <source>Shared and passed so far, per seat</source>
        <translation>Sagde noget eller stod over indtil nu, pr. plads</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Sagde noget</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Stod over</translation>
    </message>
    <message>
        <source>Nobody holds the piece</source>
        <translation>Ingen har talestaven</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>KeyRingCard</name>
    <message>
        <source>The six questions</source>
        <extracomment>Asked for the questions each time the card opens (the UI language may change).</extracomment>
        <translation>De seks spørgsmål</translation>
    </message>
    <message>
        <source>Ask “What happened?” first. Any key or a tap closes the card.</source>
        <translation>Spørg først: »Hvad skete der?« Tryk på en tast eller på skærmen for at lukke kortet.</translation>
    </message>
</context>
<context>
    <name>LanguageOffer</name>
    <message>
        <source>Dansk or English?</source>
        <translation>Dansk eller English?</translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in Settings.</source>
        <translation>Vælg appens sprog. Du kan altid skifte under Indstillinger.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Circles — circle-app</source>
        <translation>Cirkler — circle-app</translation>
    </message>
</context>
<context>
    <name>ModalHost</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>contains a control character (U+{code}) at character {position}, such as a terminal escape; retype it without</source>
        <translation>indeholder et kontroltegn (U+{code}) på tegn nr. {position}, fx en terminal-escape; skriv det igen uden</translation>
    </message>
    <message>
        <source>contains an invisible text-direction character (U+{code}) at character {position}, which makes it read differently; retype it without</source>
        <translation>indeholder et usynligt tegn for skriveretning (U+{code}) på tegn nr. {position}, som får det til at læses anderledes; skriv det igen uden</translation>
    </message>
    <message>
        <source>contains an invisible zero-width character (U+{code}) at character {position}; retype it without</source>
        <translation>indeholder et usynligt tegn uden bredde (U+{code}) på tegn nr. {position}; skriv det igen uden</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>er {length} tegn langt; højst {limit} er tilladt</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
</context>
<context>
    <name>NewBankDialog</name>
    <message>
        <source>New bank</source>
        <translation>Ny spørgsmålsbank</translation>
    </message>
    <message>
        <source>e.g. Our class&apos;s favourite questions</source>
        <translation>For eksempel Vores klasses yndlingsspørgsmål</translation>
    </message>
    <message>
        <source>Peacetime questions</source>
        <translation>Fredstidsspørgsmål</translation>
    </message>
    <message>
        <source>Academic check-ins</source>
        <translation>Faglige check-ins</translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation>Forældremøder</translation>
    </message>
    <message>
        <source>Conflict circle rounds</source>
        <translation>Runder til konfliktcirkler</translation>
    </message>
    <message>
        <source>Affective statements for staff</source>
        <translation>Affektive udsagn til personalet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Your banks are kept in your own folder, beside the shipped ones.</source>
        <translation>Dine spørgsmålsbanker bliver gemt i din egen mappe ved siden af de medfølgende.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>New participant</source>
        <extracomment>a Participant to save; the case screen answers with set_case() or refuse()</extracomment>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Earlier in the order of asking</source>
        <translation>Tidligere i spørgerækkefølgen</translation>
    </message>
    <message>
        <source>Later in the order of asking</source>
        <translation>Senere i spørgerækkefølgen</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Go by the birth year</source>
        <translation>Ud fra fødselsåret</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Ja, under 18</translation>
    </message>
    <message>
        <source>No, 18 or older</source>
        <translation>Nej, 18 eller ældre</translation>
    </message>
    <message>
        <source>A child comes with a parent or guardian. Tick who (add them first).</source>
        <translation>Et barn deltager sammen med en forælder eller værge. Sæt flueben ved hvem (tilføj dem først).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Under 18?</source>
        <translation>Under 18?</translation>
    </message>
    <message>
        <source>Comes with
(parent/guardian)</source>
        <translation>Kommer med
(forælder/værge)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>On the class list: %1. Add them as parents/guardians to tick them here.</source>
        <translation>På klasselisten: %1. Tilføj dem som forældre/værger for at sætte flueben ved dem her.</translation>
    </message>
    <message>
        <source>Choose someone in the list to remove them.</source>
        <translation>Vælg en person på listen for at fjerne vedkommende.</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>Alle deltagere skal have et navn.</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>export or erase everything stored about one person</source>
        <translation>eksportér eller slet alt, der er gemt om én person</translation>
    </message>
    <message>
        <source>Children&apos;s data: export what is stored about one person as JSON, or erase them everywhere (their turns stay as anonymous seats).</source>
        <translation>Børns data: eksportér det, der er gemt om én person, som JSON, eller slet personen alle steder (personens ture bliver stående som anonyme pladser).</translation>
    </message>
    <message>
        <source>print everything stored about a person as JSON</source>
        <translation>vis alt, der er gemt om en person, som JSON</translation>
    </message>
    <message>
        <source>Print everything circle-app stores about one person as JSON: the person, their groups, the circles where they sat or kept, their turns (spoke or passed, when). Nothing anyone said is stored, so nothing said is exported.</source>
        <translation>Vis alt, hvad circle-app gemmer om én person, som JSON: personen, personens grupper, de cirkler, personen sad i eller holdt, og personens ture (sagde noget eller stod over, og hvornår). Det, nogen sagde, gemmes aldrig, så det kommer heller ikke med.</translation>
    </message>
    <message>
        <source>write to FILE instead of printing</source>
        <translation>gem i FIL i stedet for at vise det</translation>
    </message>
    <message>
        <source>erase a person everywhere (asks first unless --yes)</source>
        <translation>slet en person alle steder (spørger først, medmindre du skriver --yes)</translation>
    </message>
    <message>
        <source>Erase one person everywhere: the roster, circles, conversations and conferences (the name in any spelling: spacing, case, &apos;Surname, First&apos;). Their turns stay in history as anonymous seats, so statistics keep their counts; the name is scrubbed from the database files, and the copies of a SQLite database kept from before upgrades are deleted, as they hold the name too.</source>
        <translation>Slet én person alle steder: i grupperne, cirklerne, samtalerne og konferencemøderne (navnet stavet på alle måder: mellemrum, store og små bogstaver, &apos;Efternavn, Fornavn&apos;). Personens ture bliver i historikken som anonyme pladser, så tallene i statistikken passer stadig; navnet fjernes fra databasefilerne, og kopierne af en SQLite-database fra før opgraderinger slettes, fordi navnet også står i dem.</translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation>spørg ikke først</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>named only in a conversation or conference</source>
        <translation>kun nævnt i en samtale eller et konferencemøde</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>ingen gruppe</translation>
    </message>
    <message>
        <source>nobody has the id {id} (ids are never reused: that person was erased, or never existed)</source>
        <translation>ingen har id&apos;et {id} (et id bruges aldrig igen: personen er slettet eller har aldrig fandtes)</translation>
    </message>
    <message>
        <source>nobody is called {name} (give the whole name, or the id)</source>
        <translation>ingen hedder {name} (skriv hele navnet eller id&apos;et)</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called {name}; give the id of one:</source>
        <translation>
            <numerusform>%n person hedder {name}; skriv id'et på én af dem:</numerusform>
            <numerusform>%n personer hedder {name}; skriv id'et på én af dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>kan ikke gemme {file}: {reason}</translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation>Gemte {file}</translation>
    </message>
    <message>
        <source>Erase {name} (id {id}; {groups}) everywhere? Their turns stay as anonymous seats.</source>
        <translation>Slet {name} (id {id}; {groups}) alle steder? Personens ture bliver stående som anonyme pladser.</translation>
    </message>
    <message numerus="yes">
        <source>The %n older copy(ies) of the database kept from before upgrades will be deleted too, as they hold the name.</source>
        <translation>
            <numerusform>Den ene ældre kopi af databasen fra før en opgradering slettes også, fordi navnet står i den.</numerusform>
            <numerusform>De %n ældre kopier af databasen fra før opgraderinger slettes også, fordi navnet står i dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Intet blev slettet.</translation>
    </message>
    <message numerus="yes">
        <source>Erased person {id}; %n turn(s) kept as anonymous seats.</source>
        <translation>
            <numerusform>Slettede person {id}; %n tur bliver stående som anonym plads.</numerusform>
            <numerusform>Slettede person {id}; %n ture bliver stående som anonyme pladser.</numerusform>
        </translation>
    </message>
    <message>
        <source>the database files could not be rewritten now (another copy of the app is using them, or on PostgreSQL this role may not VACUUM FULL the tables); the erased rows stay in the files until the database is next vacuumed.</source>
        <translation>databasefilerne kunne ikke skrives om lige nu (appen kører et andet sted og bruger dem, eller på PostgreSQL må denne rolle ikke køre VACUUM FULL på tabellerne); de slettede rækker bliver i filerne, indtil databasen næste gang bliver ryddet op (VACUUM).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copy(ies) of the database kept from before upgrades (they held the name).</source>
        <translation>
            <numerusform>Slettede %n ældre kopi af databasen fra før en opgradering (navnet stod i den).</numerusform>
            <numerusform>Slettede %n ældre kopier af databasen fra før opgraderinger (navnet stod i dem).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copy(ies) of the database could not be deleted and still hold the name; delete them yourself:</source>
        <translation>
            <numerusform>%n ældre kopi af databasen kunne ikke slettes, og navnet står stadig i den; slet den selv:</numerusform>
            <numerusform>%n ældre kopier af databasen kunne ikke slettes, og navnet står stadig i dem; slet dem selv:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Redigér person</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Fornavn og efternavn</translation>
    </message>
    <message>
        <source>Initials, if the names are hidden</source>
        <translation>Initialer, hvis navnene er skjult</translation>
    </message>
    <message>
        <source>Optional; conferences need it for under-18s</source>
        <translation>Valgfrit; konferencemøder skal bruge det for børn under 18</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kort navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Fødselsår</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person skal have et navn.</translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation>Navn: %1.</translation>
    </message>
    <message>
        <source>Short name: %1.</source>
        <translation>Kort navn: %1.</translation>
    </message>
</context>
<context>
    <name>PlanChooser</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Begin with a check-in round</source>
        <translation>Begynd med en check-in-runde</translation>
    </message>
    <message>
        <source>End with a check-out round</source>
        <translation>Slut med en check-ud-runde</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Keep these rounds for the group</source>
        <translation>Gem disse runder til gruppen</translation>
    </message>
    <message>
        <source>Rounds as chosen here</source>
        <translation>Runderne, som du vælger her</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-ud</translation>
    </message>
    <message>
        <source>Choose a group to keep a plan for it.</source>
        <translation>Vælg en gruppe for at gemme en plan til den.</translation>
    </message>
    <message>
        <source>Add a check-in or a check-out to keep the rounds as a plan.</source>
        <translation>Tilføj en check-in eller en check-ud for at gemme runderne som en plan.</translation>
    </message>
    <message>
        <source>As chosen: %1</source>
        <translation>Som valgt: %1</translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>ikke gyldig TOML: {error}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>skal være tekst</translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 100), not {value}</source>
        <translation>må kun være bogstaver, tal, &apos;-&apos;, &apos;_&apos; eller &apos;.&apos; (højst 100), ikke {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation>skal være en af {choices}, ikke {value}</translation>
    </message>
    <message>
        <source>this app reads format {format} and older</source>
        <translation>appen kan læse format {format} og ældre</translation>
    </message>
    <message>
        <source>must be a table of both languages: {{ da = &quot;…&quot;, en = &quot;…&quot; }}</source>
        <translation>skal være en tabel med begge sprog: {{ da = &quot;…&quot;, en = &quot;…&quot; }}</translation>
    </message>
    <message>
        <source>duplicate plan id {id} (already used by {other}); this file was skipped</source>
        <translation>plan-id&apos;et {id} findes allerede (i {other}); filen blev sprunget over</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>a plan needs at least one round</source>
        <translation>en plan skal have mindst én runde</translation>
    </message>
    <message>
        <source>a plan has at most {max} rounds</source>
        <translation>en plan har højst {max} runder</translation>
    </message>
    <message>
        <source>needs a title in {language}</source>
        <translation>mangler en titel på {language}</translation>
    </message>
    <message>
        <source>is longer than {max} characters</source>
        <translation>er længere end {max} tegn</translation>
    </message>
    <message>
        <source>only a conflict circle&apos;s main rounds have a stage</source>
        <translation>kun en konfliktcirkels hovedrunder har en fase</translation>
    </message>
    <message>
        <source>a conflict circle&apos;s main rounds are its four stages in order (experienced, affected, needs, solutions), between a check-in and a check-out (M4)</source>
        <translation>en konfliktcirkels hovedrunder er dens fire faser i rækkefølge (oplevet, berørt, brug for, løsninger) mellem en check-in og en check-ud (M4)</translation>
    </message>
    <message>
        <source>a fixed round names its prompt as BANK/PROMPT, e.g. checkin/one-word-today</source>
        <translation>en fast runde angiver sit spørgsmål som BANK/SPØRGSMÅL, fx checkin/one-word-today</translation>
    </message>
    <message>
        <source>only a fixed round names a prompt</source>
        <translation>kun en fast runde angiver et spørgsmål</translation>
    </message>
    <message>
        <source>only a main round names a bank</source>
        <translation>kun en hovedrunde angiver en bank</translation>
    </message>
    <message>
        <source>no bank {bank} in {language}</source>
        <translation>ingen bank {bank} på {language}</translation>
    </message>
    <message>
        <source>no prompt {prompt} in the {language} banks</source>
        <translation>intet spørgsmål {prompt} i bankerne på {language}</translation>
    </message>
</context>
<context>
    <name>PreMeetingsPage</name>
    <message>
        <source>Each party taking part meets the facilitator first. A child&apos;s pre-meeting is held with their parents/guardians and covers them too.</source>
        <translation>Hver part, der deltager, mødes først med facilitatoren. Et barns formøde holdes sammen med forældrene/værgerne og gælder også for dem.</translation>
    </message>
    <message>
        <source>What to expect, the questions, voluntary</source>
        <translation>Hvad man kan forvente, spørgsmålene, at det er frivilligt</translation>
    </message>
    <message>
        <source>Who takes part, what it is about</source>
        <translation>Hvem der deltager, hvad det handler om</translation>
    </message>
    <message>
        <source>The pre-meeting has been held</source>
        <translation>Formødet er holdt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Forklaret</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Forventninger</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>done</source>
        <translation>holdt</translation>
    </message>
    <message>
        <source>done, with the child</source>
        <translation>holdt, sammen med barnet</translation>
    </message>
    <message>
        <source>with the child&apos;s pre-meeting</source>
        <translation>med barnets formøde</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke endnu</translation>
    </message>
    <message>
        <source>Choose a party on the left</source>
        <translation>Vælg en part til venstre</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>The key-ring card is on the board. Any key puts it away.</source>
        <translation>Spørgsmålskortet er på tavlen. Tryk på en vilkårlig tast for at lægge det væk.</translation>
    </message>
    <message>
        <source>The board is blank. Press B to show it.</source>
        <translation>Tavlen er mørk. Tryk på B for at vise den.</translation>
    </message>
</context>
<context>
    <name>PromptCommand</name>
    <message>
        <source>open the quick prompt screen: one low-stakes question, no group needed</source>
        <translation>åbn hurtige spørgsmål: ét let spørgsmål, ingen gruppe nødvendig</translation>
    </message>
    <message>
        <source>Open the app on the quick prompt screen: a big card with a low-stakes prompt, filters for age band and category, shuffle, favourite and read aloud.</source>
        <translation>Åbn appen på skærmen med hurtige spørgsmål: et stort kort med et let spørgsmål, filtre for alderstrin og kategori, bland, favorit og læs højt.</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>New prompt</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>The question as you would say it to the circle</source>
        <translation>Spørgsmålet, sådan som du ville sige det til cirklen</translation>
    </message>
    <message>
        <source>e.g. seasons, memories</source>
        <translation>For eksempel årstider, minder</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Alderstrin</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Emneord</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>QuickPromptScreen</name>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message>
        <source>Back to the start (Backspace)</source>
        <translation>Tilbage til forsiden (Backspace)</translation>
    </message>
    <message>
        <source>Which kind of question</source>
        <translation>Hvilken slags spørgsmål</translation>
    </message>
    <message>
        <source>N, Space or PageDown: another question · PageUp: the one before · R: read aloud · F: favourite</source>
        <translation>N, mellemrum eller PageDown: et andet spørgsmål · PageUp: det forrige · R: læs op · F: favorit</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Keep this question among your favourites (F)</source>
        <translation>Gem spørgsmålet blandt dine favoritter (F)</translation>
    </message>
    <message>
        <source>Only favourites</source>
        <translation>Kun favoritter</translation>
    </message>
    <message>
        <source>Draw only from your favourites</source>
        <translation>Vælg kun blandt dine favoritter</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Read the question aloud (R)</source>
        <translation>Læs spørgsmålet op (R)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>The question before (PageUp)</source>
        <translation>Det forrige spørgsmål (PageUp)</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nyt spørgsmål</translation>
    </message>
    <message>
        <source>Another question (N, Space or PageDown)</source>
        <translation>Et andet spørgsmål (N, mellemrum eller PageDown)</translation>
    </message>
    <message>
        <source>There is no question on the card to read aloud</source>
        <translation>Der er intet spørgsmål på kortet at læse op</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Læser op …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>All ages</source>
        <extracomment>Low-stakes kinds offered as categories, peacetime first (M3). Support banks never are: they are facilitator-only, and their prompts are chosen by hand in the bank browser.</extracomment>
        <translation>Alle aldre</translation>
    </message>
    <message>
        <source>Grades 0–3</source>
        <translation>0.–3. klasse</translation>
    </message>
    <message>
        <source>Grades 4–6</source>
        <translation>4.–6. klasse</translation>
    </message>
    <message>
        <source>Grades 7–9</source>
        <translation>7.–9. klasse</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Voksne</translation>
    </message>
    <message>
        <source>Peacetime: all topics</source>
        <translation>Fredstid: alle emner</translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation>Faglig check-in</translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation>Forældremøde</translation>
    </message>
    <message>
        <source>Affective statements (staff)</source>
        <translation>Affektive udsagn (til personalet)</translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation>Konfliktcirkel</translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation>Genoprettende samtale</translation>
    </message>
    <message>
        <source>Check-in rounds</source>
        <translation>Check-in-runder</translation>
    </message>
    <message>
        <source>Check-out rounds</source>
        <translation>Check-ud-runder</translation>
    </message>
    <message>
        <source>Follow-up after a conflict</source>
        <translation>Opfølgning efter en konflikt</translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation>Personalecirkler</translation>
    </message>
    <message>
        <source>Support (facilitator only)</source>
        <translation>Støtte (kun for facilitatoren)</translation>
    </message>
    <message>
        <source>No question fits these choices. Try another age band or category.</source>
        <translation>Der er ingen spørgsmål, der passer til de valg. Prøv et andet alderstrin eller en anden kategori.</translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation>Hurtigt spørgsmål</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>ikke en dato (ÅÅÅÅ-MM-DD): {text}</translation>
    </message>
    <message>
        <source>implementation figures per group and period, as CSV or JSON (no names)</source>
        <translation>tal for brugen pr. gruppe og periode, som CSV eller JSON (ingen navne)</translation>
    </message>
    <message>
        <source>Circles held (proactive and reactive), rounds, share of turns passed, keeper rotation and agreements, per group and period. Contains no names of people.</source>
        <translation>Cirkler holdt (forebyggende og genoprettende), runder, andel af ture, hvor man stod over, hvem der var cirkelholder, og aftaler, pr. gruppe og periode. Indeholder ingen navne.</translation>
    </message>
    <message>
        <source>one group only</source>
        <translation>kun én gruppe</translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation>fra denne dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>to this day, inclusive</source>
        <translation>til og med denne dag</translation>
    </message>
    <message>
        <source>--since is after --until</source>
        <translation>--since ligger efter --until</translation>
    </message>
    <message>
        <source>there is no group called {group}</source>
        <translation>der er ingen gruppe, der hedder {group}</translation>
    </message>
</context>
<context>
    <name>RingLegend</name>
    <message>
        <source>Has the piece</source>
        <translation>Har talestaven</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Has had the piece</source>
        <translation>Har haft talestaven</translation>
    </message>
    <message>
        <source>Passed, will be offered again</source>
        <translation>Sprang over, får den igen</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Ikke her</translation>
    </message>
</context>
<context>
    <name>RingView</name>
    <message>
        <source>Seat %1</source>
        <translation>Plads %1</translation>
    </message>
    <message>
        <source>has the piece</source>
        <translation>har talestaven</translation>
    </message>
    <message>
        <source>next</source>
        <translation>næste</translation>
    </message>
    <message>
        <source>has not had the piece yet</source>
        <translation>har ikke haft talestaven endnu</translation>
    </message>
    <message>
        <source>has had the piece</source>
        <translation>har haft talestaven</translation>
    </message>
    <message>
        <source>passed, will be offered again</source>
        <translation>sprang over, får den igen</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>ikke her</translation>
    </message>
    <message>
        <source>Circle of %1 seats</source>
        <translation>Cirkel med %1 pladser</translation>
    </message>
    <message>
        <source>%1 has the piece.</source>
        <translation>%1 har talestaven.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Næste: %1.</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message numerus="yes">
        <source>%1, but %n copy of the database from before an upgrade could not be deleted and still holds the name: %2. Delete it by hand.</source>
        <translation>
            <numerusform>%1, men %n kopi af databasen fra før en opgradering kunne ikke slettes og indeholder stadig navnet: %2. Slet den selv.</numerusform>
            <numerusform>%1, men %n kopier af databasen fra før en opgradering kunne ikke slettes og indeholder stadig navnet: %2. Slet dem selv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation>Gruppen er oprettet.</translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation>Gruppen er gemt.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and its %n people for good? People who are also in another group stay there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette %1 og gruppens %n person for altid? Personer, der også er i en anden gruppe, bliver der. Tidligere cirkler bliver i statistikken med anonyme pladser. Kopier af databasen fra før opdateringer bliver slettet, fordi de indeholder navnene. Det kan ikke fortrydes.</numerusform>
            <numerusform>Vil du slette %1 og gruppens %n personer for altid? Personer, der også er i en anden gruppe, bliver der. Tidligere cirkler bliver i statistikken med anonyme pladser. Kopier af databasen fra før opdateringer bliver slettet, fordi de indeholder navnene. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group erased: %n people erased.</source>
        <translation>
            <numerusform>Gruppen er slettet: %n person er slettet.</numerusform>
            <numerusform>Gruppen er slettet: %n personer er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <source>Person added.</source>
        <translation>Personen er tilføjet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They stay in their other groups.</source>
        <translation>Vil du fjerne %1 fra %2? Personen bliver i sine andre grupper.</translation>
    </message>
    <message>
        <source>Removed from the group.</source>
        <translation>Fjernet fra gruppen.</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>Fjern fra gruppen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Erase %1 everywhere? Their turns stay in past circles as an anonymous seat, so the statistics keep their counts. The name is wiped from the database, also where it was typed into a conversation or conference, and copies of the database kept from before upgrades are deleted, as they hold the name. This cannot be undone.</source>
        <translation>Vil du slette %1 alle steder? Personens ture bliver i tidligere cirkler som en anonym plads, så statistikken stadig tæller dem med. Navnet bliver slettet fra databasen, også hvor det er skrevet ind i en samtale eller konference, og kopier af databasen fra før opdateringer bliver slettet, fordi de indeholder navnet. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Slet person</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Eksportér en persons data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Kunne ikke gemme filen: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <source>Save the group&apos;s list</source>
        <translation>Gem gruppens liste</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n people saved to %1</source>
        <translation>
            <numerusform>%n person gemt i %1</numerusform>
            <numerusform>%n personer gemt i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importér en klasseliste</translation>
    </message>
    <message>
        <source>Class lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Klasselister (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Kunne ikke læse filen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people.</source>
        <translation>
            <numerusform>%n person er importeret.</numerusform>
            <numerusform>%n personer er importeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups, one per class.</source>
        <translation>
            <numerusform>%n gruppe, én pr. klasse.</numerusform>
            <numerusform>%n grupper, én pr. klasse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as having left the group.</source>
        <translation>
            <numerusform>%n markeret som udmeldt af gruppen.</numerusform>
            <numerusform>%n markeret som udmeldt af gruppen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, %4: %3</source>
        <translation>%1, linje %2, %4: %3</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importér en klasseliste</translation>
    </message>
    <message>
        <source>The lines of the file</source>
        <translation>Filens linjer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tjek</translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation>To gange i filen</translation>
    </message>
    <message>
        <source>Already in the group</source>
        <translation>Allerede i gruppen</translation>
    </message>
    <message>
        <source>Names are checked, never changed: a name with a hidden character (a control, text-direction or zero-width character) refuses the file, and a name has at most %1 characters.</source>
        <translation>Navnene bliver kontrolleret, men aldrig ændret: står der et skjult tegn i et navn (et kontroltegn, et tegn for skriveretning eller et tegn uden bredde), afvises hele filen, og et navn må højst have %1 tegn.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Skip the flagged duplicates</source>
        <translation>Spring de markerede dubletter over</translation>
    </message>
    <message>
        <source>One group per class</source>
        <translation>Én gruppe pr. klasse</translation>
    </message>
    <message>
        <source>Into group</source>
        <translation>Til gruppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing was changed. Fix these lines:</source>
        <translation>Filen kan ikke importeres, så intet er ændret. Ret disse linjer:</translation>
    </message>
    <message>
        <source>Back in the group</source>
        <translation>Tilbage i gruppen</translation>
    </message>
    <message>
        <source>Already in the group, changed</source>
        <translation>Allerede i gruppen, ændret</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n people not in the file as having left the group</source>
        <translation>
            <numerusform>Markér den %n person, der ikke er i filen, som udmeldt af gruppen</numerusform>
            <numerusform>Markér de %n personer, der ikke er i filen, som udmeldt af gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Læst som %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file.</source>
        <translation>
            <numerusform>%n person i filen.</numerusform>
            <numerusform>%n personer i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups, one per class.</source>
        <translation>
            <numerusform>%n gruppe, én pr. klasse.</numerusform>
            <numerusform>%n grupper, én pr. klasse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible duplicate(s): check them.</source>
        <translation>
            <numerusform>%n er markeret som mulig dublet: tjek den.</numerusform>
            <numerusform>%n er markeret som mulige dubletter: tjek dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardians are linked to their children.</source>
        <translation>
            <numerusform>%n forælder/værge bliver knyttet til sit barn.</numerusform>
            <numerusform>%n forældre/værger bliver knyttet til deres børn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Kolonner, der ikke blev læst: %1.</translation>
    </message>
    <message>
        <source>Group name: %1.</source>
        <translation>Gruppenavn: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Importér %n person</numerusform>
            <numerusform>Importér %n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterLayout</name>
    <message>
        <source>a spreadsheet with a header row</source>
        <translation>et regneark med en overskriftsrække</translation>
    </message>
    <message>
        <source>Microsoft School Data Sync v1 (Student.csv)</source>
        <translation>Microsoft School Data Sync v1 (Student.csv)</translation>
    </message>
    <message>
        <source>Microsoft School Data Sync v2.1 (users.csv)</source>
        <translation>Microsoft School Data Sync v2.1 (users.csv)</translation>
    </message>
    <message>
        <source>OneRoster 1.1 (users.csv)</source>
        <translation>OneRoster 1.1 (users.csv)</translation>
    </message>
    <message>
        <source>Google Workspace user export</source>
        <translation>brugereksport fra Google Workspace</translation>
    </message>
    <message>
        <source>Tabulex/TEA Elev.txt</source>
        <translation>Tabulex/TEA Elev.txt</translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>header</source>
        <translation>overskrift</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolonne</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>ark</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>kort navn</translation>
    </message>
    <message>
        <source>class</source>
        <translation>klasse</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>fødselsår</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fødselsdato</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>alderstrin</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>forælder/værge</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB, far more than a class list; check that you chose the right file</source>
        <translation>filen er større end {megabytes} MB, langt mere end en klasseliste; tjek, at du har valgt den rigtige fil</translation>
    </message>
    <message>
        <source>the file is not text the app can read (neither UTF-8 nor Windows-1252); save it again from the spreadsheet as “CSV UTF-8”</source>
        <translation>filen er ikke tekst, som appen kan læse (hverken UTF-8 eller Windows-1252); gem den igen fra regnearket som “CSV UTF-8”</translation>
    </message>
    <message>
        <source>the file is not a text file (it holds NUL bytes); if it is an Excel workbook, give it the ending .xlsx, or save it as CSV</source>
        <translation>filen er ikke en tekstfil (den indeholder NUL-byte); er det en Excel-projektmappe, så giv den endelsen .xlsx, eller gem den som CSV</translation>
    </message>
    <message>
        <source>the file is empty; put a header row first (for example navn;klasse) and then one person per line</source>
        <translation>filen er tom; skriv en overskriftsrække først (for eksempel navn;klasse) og derefter én person pr. linje</translation>
    </message>
    <message>
        <source>no column holds the names; the columns found are: {headers}. Call the name column navn (or name), or use fornavn and efternavn (first name, last name)</source>
        <translation>ingen kolonne indeholder navnene; kolonnerne i filen er: {headers}. Kald navnekolonnen navn, eller brug fornavn og efternavn</translation>
    </message>
    <message>
        <source>this {layout} export has no names: the column {column} is missing; export the list again with that column</source>
        <translation>denne {layout}-eksport har ingen navne: kolonnen {column} mangler; eksportér listen igen med den kolonne</translation>
    </message>
    <message>
        <source>this line has {count} fields but the header has {expected}; a name with a “{delimiter}” in it needs quotation marks around it</source>
        <translation>linjen har {count} felter, men overskriftsrækken har {expected}; et navn med “{delimiter}” i skal have anførselstegn om sig</translation>
    </message>
    <message>
        <source>a quotation mark on this line is not closed; add the closing quotation mark or remove it</source>
        <translation>et anførselstegn på denne linje bliver ikke lukket; tilføj det afsluttende anførselstegn, eller fjern det</translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({reason}); save the file again from the spreadsheet</source>
        <translation>linjen kan ikke læses som CSV ({reason}); gem filen igen fra regnearket</translation>
    </message>
    <message>
        <source>there is nobody below the header row; put one person on each line</source>
        <translation>der er ingen under overskriftsrækken; skriv én person på hver linje</translation>
    </message>
    <message>
        <source>the name is empty; write the name, or delete the line</source>
        <translation>navnet er tomt; skriv navnet, eller slet linjen</translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) together are {length} characters long, and at most {limit} are allowed; shorten the name</source>
        <translation>kolonne {first} og {second} ({headers}) er tilsammen {length} tegn lange, og der må højst være {limit}; forkort navnet</translation>
    </message>
    <message>
        <source>{role} is not a role the app knows; write elev (pupil), personale (staff), forælder (parent) or gæst (guest)</source>
        <translation>{role} er ikke en rolle, appen kender; skriv elev, personale, forælder eller gæst</translation>
    </message>
    <message>
        <source>{value} is not a year between {first} and now; write the year with four digits, like 2016</source>
        <translation>{value} er ikke et årstal mellem {first} og nu; skriv året med fire cifre, fx 2016</translation>
    </message>
    <message>
        <source>{value} is not a date; write it like 24-03-2015 or 2015-03-24</source>
        <translation>{value} er ikke en dato; skriv den som 24-03-2015 eller 2015-03-24</translation>
    </message>
    <message>
        <source>{value} is not an age band; write indskoling, mellemtrin, udskoling or voksne</source>
        <translation>{value} er ikke et alderstrin; skriv indskoling, mellemtrin, udskoling eller voksne</translation>
    </message>
    <message>
        <source>the short name is longer than {limit} characters; shorten it</source>
        <translation>kaldenavnet er længere end {limit} tegn; forkort det</translation>
    </message>
    <message>
        <source>column {column} ({header}) holds CPR numbers, and the app never stores a CPR number; delete the column, or export the list without it</source>
        <translation>kolonne {column} ({header}) indeholder CPR-numre, og appen gemmer aldrig et CPR-nummer; slet kolonnen, eller eksportér listen uden den</translation>
    </message>
    <message>
        <source>the workbook has no sheet called “{sheet}”; its sheets are: {sheets}</source>
        <translation>projektmappen har intet ark, der hedder “{sheet}”; dens ark er: {sheets}</translation>
    </message>
    <message>
        <source>the Excel workbook cannot be opened; open it in Excel or LibreOffice and save it again as .xlsx</source>
        <translation>Excel-projektmappen kan ikke åbnes; åbn den i Excel eller LibreOffice, og gem den igen som .xlsx</translation>
    </message>
    <message>
        <source>this line has {count} fields separated by ¤, and a Tabulex Elev.txt line has at least {expected}; export the file again from Tabulex</source>
        <translation>linjen har {count} felter adskilt af ¤, og en linje i Tabulex’ Elev.txt har mindst {expected}; eksportér filen igen fra Tabulex</translation>
    </message>
    <message>
        <source>this line is not UTF-8 but other lines are: the file mixes two encodings; save it again as CSV UTF-8</source>
        <translation>linjen er ikke UTF-8, men andre linjer er: filen blander to tegnsæt; gem den igen som CSV UTF-8</translation>
    </message>
    <message>
        <source>columns {first} and {second} are both “{header}”; keep one of them</source>
        <translation>kolonne {first} og {second} hedder begge “{header}”; behold kun den ene</translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) mean the same thing; keep one of them</source>
        <translation>kolonne {first} og {second} ({headers}) betyder det samme; behold kun den ene</translation>
    </message>
    <message>
        <source>column {column} {reason}</source>
        <translation>kolonne {column} {reason}</translation>
    </message>
    <message>
        <source>column {column} ({header}) {reason}</source>
        <translation>kolonne {column} ({header}) {reason}</translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Groups and people</source>
        <translation>Grupper og personer</translation>
    </message>
    <message>
        <source>Names stay on this computer. Export or erase a person&apos;s data at any time; erase a class at the end of the school year.</source>
        <translation>Navnene bliver på denne computer. Du kan altid eksportere eller slette en persons data; slet en klasse, når skoleåret er slut.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Importér liste…</translation>
    </message>
    <message>
        <source>People in seat order</source>
        <translation>Personer i pladsrækkefølge</translation>
    </message>
    <message>
        <source>Drag to change the seat order, or use Ctrl+↑ and Ctrl+↓.</source>
        <translation>Træk for at bytte rundt på pladserne, eller brug Ctrl+↑ og Ctrl+↓.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Away…</source>
        <translation>Fraværende…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <source>Move up one seat (Ctrl+↑)</source>
        <translation>Flyt én plads op (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Move down one seat (Ctrl+↓)</source>
        <translation>Flyt én plads ned (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Add a person to the group (Ctrl+N)</source>
        <translation>Tilføj en person til gruppen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save everything stored about this person (Ctrl+E)</source>
        <translation>Eksportér alt, hvad der er gemt om personen, til en fil (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove from the group, or erase (Delete)</source>
        <translation>Fjern fra gruppen, eller slet (Delete)</translation>
    </message>
    <message>
        <source>Away until a day: not ticked present, not keeper</source>
        <translation>Fraværende til en bestemt dag: ikke krydset af som til stede og ikke cirkelholder</translation>
    </message>
    <message>
        <source>Group settings…</source>
        <translation>Indstillinger for gruppen…</translation>
    </message>
    <message>
        <source>Save list…</source>
        <translation>Gem liste…</translation>
    </message>
    <message>
        <source>Save the group&apos;s list as Excel or CSV (Ctrl+S)</source>
        <translation>Gem gruppens liste som Excel eller CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>Erase group…</source>
        <translation>Slet gruppe…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Forside</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n people</source>
        <translation>
            <numerusform>%1  ·  %n person</numerusform>
            <numerusform>%1  ·  %n personer</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Ingen grupper endnu</translation>
    </message>
    <message>
        <source>Create a group, or import a class list: Excel, CSV or a school system&apos;s export.</source>
        <translation>Opret en gruppe, eller importér en klasseliste: Excel, CSV eller en eksport fra skolens system.</translation>
    </message>
    <message>
        <source>keepers: %1</source>
        <translation>cirkelholdere: %1</translation>
    </message>
    <message>
        <source>away until %1</source>
        <translation>fraværende til %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>Hide names on the board (seat numbers instead)</source>
        <translation>Skjul navne på tavlen (vis pladsnumre i stedet)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 sekunder</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 minutter</translation>
    </message>
    <message>
        <source>Say whose turn it is when the piece moves</source>
        <translation>Sig, hvis tur det er, når talestaven går videre</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Prøv stemmen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Tavlen</translation>
    </message>
    <message>
        <source>Gentle timer per speaker</source>
        <translation>Diskret taletid pr. person</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Oplæsningshastighed</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lydstyrke</translation>
    </message>
    <message>
        <source>Automatic: the largest screen this window is not on</source>
        <translation>Automatisk: den største skærm, som dette vindue ikke er på</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>One window (the board mirrors the laptop)</source>
        <translation>Ét vindue (tavlen viser det samme som den bærbare)</translation>
    </message>
    <message>
        <source>The class sees the circle on the board; your window keeps the controls. Remembered for these screens.</source>
        <translation>Klassen ser cirklen på tavlen, og dit vindue beholder knapperne. Valget huskes for disse skærme.</translation>
    </message>
    <message>
        <source>One screen is attached. F6 opens the board view in a window of its own.</source>
        <translation>Der er kun én skærm. Med F6 åbner du tavlens visning i sit eget vindue.</translation>
    </message>
</context>
<context>
    <name>SpeechOffer</name>
    <message>
        <source>Reading aloud is starting…</source>
        <translation>Oplæsningen starter…</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer</source>
        <translation>Færre</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Flere</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The last step could not be saved, so it was not shown. Try again; if it keeps failing, the database may be unavailable.</source>
        <translation>Det sidste skridt kunne ikke gemmes, så det blev ikke vist. Prøv igen; bliver det ved med at fejle, er databasen måske ikke tilgængelig.</translation>
    </message>
    <message>
        <source>This circle was changed meanwhile in another window or machine, so this was not saved. Close the circle and continue it again to see where it is.</source>
        <translation>Cirklen er imens blevet ændret i et andet vindue eller på en anden computer, så dette blev ikke gemt. Luk cirklen, og fortsæt den igen for at se, hvor den er nået til.</translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database cannot be written to: its folder, file or drive is read-only. Ask the IT staff, then try again.</source>
        <translation>Det blev ikke gemt og er derfor ikke sket. Der kan ikke skrives til databasen: mappen, filen eller drevet er skrivebeskyttet. Spørg IT-supporten, og prøv så igen.</translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database is busy in another window or machine. Try again in a moment.</source>
        <translation>Det blev ikke gemt og er derfor ikke sket. Databasen er optaget i et andet vindue eller på en anden computer. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database file cannot be reached (was it moved or deleted?). Restart circle-app.</source>
        <translation>Det blev ikke gemt og er derfor ikke sket. Databasefilen kan ikke nås (er den flyttet eller slettet?). Start circle-app igen.</translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database server cannot be reached. Check the network, then try again.</source>
        <translation>Det blev ikke gemt og er derfor ikke sket. Databaseserveren kan ikke nås. Tjek netværket, og prøv igen.</translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database said: {reason}</source>
        <translation>Det blev ikke gemt og er derfor ikke sket. Databasen svarede: {reason}</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation>Datamappen {folder} kan ikke oprettes: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read and written by this user.</source>
        <translation>Databasen {path} kan ikke læses og skrives af denne bruger.</translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable.</source>
        <translation>Der kan ikke skrives i datamappen {folder}.</translation>
    </message>
    <message>
        <source>The database {path} was moved or deleted while circle-app was running, so nothing more can be saved. Restart circle-app.</source>
        <translation>Databasen {path} blev flyttet eller slettet, mens circle-app kørte, så der kan ikke gemmes mere. Start circle-app igen.</translation>
    </message>
    <message>
        <source>“{url}” is not a database URL circle-app can use (for example sqlite:////path/to/file.sqlite3 or postgresql+psycopg://host/db).</source>
        <translation>»{url}« er ikke en database-URL, circle-app kan bruge (fx sqlite:////sti/til/fil.sqlite3 eller postgresql+psycopg://vært/db).</translation>
    </message>
    <message>
        <source>The driver for {driver} is not installed (for PostgreSQL: pip install &apos;circle-app[postgres]&apos;).</source>
        <translation>Driveren til {driver} er ikke installeret (til PostgreSQL: pip install &apos;circle-app[postgres]&apos;).</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. There is no good copy beside it: ask the IT staff for help.</source>
        <translation>Databasen {path} er beskadiget, så circle-app stoppede og lod den være, som den er. Der ligger ingen god kopi ved siden af: bed IT-supporten om hjælp.</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. The newest good copy is {backup}: ask the IT staff to put it in its place.</source>
        <translation>Databasen {path} er beskadiget, så circle-app stoppede og lod den være, som den er. Den nyeste gode kopi er {backup}: bed IT-supporten om at lægge den på dens plads.</translation>
    </message>
    <message>
        <source>The database could not be prepared, so circle-app did not start with it. Ask the IT staff for help.</source>
        <translation>Databasen kunne ikke gøres klar, så circle-app startede ikke med den. Bed IT-supporten om hjælp.</translation>
    </message>
    <message>
        <source>{where} is not a circle-app database (or it is damaged). It was left untouched.</source>
        <translation>{where} er ikke en circle-app-database (eller den er beskadiget). Den er ikke blevet rørt.</translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {reason}.</source>
        <translation>Databasen {where} kan ikke åbnes: {reason}.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app (schema {schema}). Update circle-app to open it; the database was left untouched.</source>
        <translation>Databasen er skrevet af en nyere version af circle-app (skema {schema}). Opdatér circle-app for at åbne den; databasen er ikke blevet rørt.</translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version; it was left untouched.</source>
        <translation>Databasen har tabeller, men ingen circle-app-skemaversion; den er ikke blevet rørt.</translation>
    </message>
    <message>
        <source>The shared database has no circle-app tables yet. The IT administrator creates them with the command: circle-app db upgrade</source>
        <translation>Den fælles database har endnu ingen circle-app-tabeller. IT-administratoren opretter dem med kommandoen: circle-app db upgrade</translation>
    </message>
    <message>
        <source>The shared database has an older schema ({schema}) than this version of circle-app needs ({head}). The IT administrator upgrades it with the command: circle-app db upgrade</source>
        <translation>Den fælles database har et ældre skema ({schema}), end denne version af circle-app skal bruge ({head}). IT-administratoren opgraderer den med kommandoen: circle-app db upgrade</translation>
    </message>
    <message>
        <source>The database could not be upgraded, and putting back its copy {backup} failed too. Ask the IT staff to put that copy in place of {path}.</source>
        <translation>Databasen kunne ikke opgraderes, og det lykkedes heller ikke at lægge kopien {backup} tilbage. Bed IT-supporten om at lægge den kopi i stedet for {path}.</translation>
    </message>
    <message>
        <source>The database could not be upgraded, so circle-app put it back as it was from its copy {backup}. Nothing was lost. Ask the IT staff for help.</source>
        <translation>Databasen kunne ikke opgraderes, så circle-app lagde den tilbage, som den var, fra kopien {backup}. Intet gik tabt. Bed IT-supporten om hjælp.</translation>
    </message>
    <message>
        <source>The database could not be upgraded, so it was left as it was. Nothing was lost. Ask the IT staff for help.</source>
        <translation>Databasen kunne ikke opgraderes, så den er uændret. Intet gik tabt. Bed IT-supporten om hjælp.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Free text where the conversation and conference screens keep names as they were typed. Erasing a person also blanks their name here; exporting lists where it appears.</extracomment>
        <translation>Der er ingen person med id {id}.</translation>
    </message>
    <message>
        <source>No group with id {id}.</source>
        <translation>Der er ingen gruppe med id {id}.</translation>
    </message>
    <message>
        <source>The people were not imported, so nothing changed: the database changed meanwhile. Try again.</source>
        <translation>Personerne blev ikke importeret, så intet er ændret: databasen blev ændret imens. Prøv igen.</translation>
    </message>
    <message>
        <source>The name was not saved: it holds an invisible or control character (U+{code}) at character {position}. Type it again without.</source>
        <translation>Navnet blev ikke gemt: det indeholder et usynligt tegn eller et kontroltegn (U+{code}) på tegn nr. {position}. Skriv det igen uden.</translation>
    </message>
    <message>
        <source>The name was not saved: it is {length} characters long, and at most {limit} are allowed.</source>
        <translation>Navnet blev ikke gemt: det er {length} tegn langt, og højst {limit} er tilladt.</translation>
    </message>
    <message>
        <source>The group changed meanwhile; the seat order was not saved.</source>
        <translation>Gruppen er blevet ændret imens; pladsrækkefølgen blev ikke gemt.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>En gruppe skal have et navn.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>En person skal have et navn.</translation>
    </message>
    <message>
        <source>There is already a group called “{name}”.</source>
        <translation>Der findes allerede en gruppe, der hedder »{name}«.</translation>
    </message>
    <message>
        <source>That person is already in the group.</source>
        <translation>Den person er allerede i gruppen.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Disken er fuld: intet blev gemt. Frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The list was not saved: give the file the ending .xlsx or .csv.</source>
        <translation>Listen blev ikke gemt: giv filen endelsen .xlsx eller .csv.</translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Thank you for the circle</source>
        <translation>Tak for cirklen</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) held</source>
        <translation>
            <numerusform>%n runde holdt</numerusform>
            <numerusform>%n runder holdt</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Plads</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>sagde noget: %1</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>stod over: %1</translation>
    </message>
    <message>
        <source>Counted per person and round, as on the dashboard: speaking after a pass counts as sharing. Passing is always allowed; nobody is counted down.</source>
        <translation>Optalt pr. person og runde, som på overblikket: at sige noget efter at have stået over tæller som at sige noget. Man må altid stå over; ingen bliver talt ned.</translation>
    </message>
    <message>
        <source>For the keeper: each person</source>
        <translation>Til cirkelholderen: hver person</translation>
    </message>
    <message>
        <source>Show who shared and who passed (not for the class to see)</source>
        <translation>Vis, hvem der sagde noget, og hvem der stod over (ikke til klassen)</translation>
    </message>
    <message>
        <source>Spoke and passed, per seat</source>
        <translation>Sagde noget eller stod over, pr. plads</translation>
    </message>
    <message>
        <source>Passed (rounds)</source>
        <translation>Stod over (runder)</translation>
    </message>
    <message>
        <source>Shared (rounds)</source>
        <translation>Sagde noget (runder)</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Plads %1</translation>
    </message>
    <message>
        <source>Back to the circle</source>
        <translation>Tilbage til cirklen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Databasen opgraderes</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of circle-app</source>
        <translation>Databasen opgraderes til denne version af circle-app</translation>
    </message>
    <message>
        <source>This happens once, after an update, and can take a minute. Keep circle-app open: if it stops, nothing is lost.</source>
        <translation>Det sker én gang, efter en ny version af circle-app, og kan tage et minut. Lad circle-app være åben: hvis den stopper, går intet tabt.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>Working: %n second(s) so far</source>
        <translation>
            <numerusform>I gang: %n sekund indtil videre</numerusform>
            <numerusform>I gang: %n sekunder indtil videre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicesCommand</name>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>list the installed speech voices and the one used for each language</source>
        <translation>vis de installerede oplæsningsstemmer og den, der bruges til hvert sprog</translation>
    </message>
    <message>
        <source>List the text-to-speech voices installed on this computer and the voice circle-app uses to read Danish and English aloud.</source>
        <translation>Vis de oplæsningsstemmer, der er installeret på denne computer, og den stemme, circle-app bruger til at læse dansk og engelsk højt.</translation>
    </message>
    <message>
        <source>circle-app voices: read-aloud is unavailable.</source>
        <translation>circle-app voices: oplæsning er ikke mulig.</translation>
    </message>
    <message>
        <source>Speech engine: {driver}</source>
        <translation>Oplæsningsprogram: {driver}</translation>
    </message>
    <message>
        <source>{name} ({code}): no voice installed; the default voice is used</source>
        <translation>{name} ({code}): ingen stemme installeret; standardstemmen bruges</translation>
    </message>
    <message numerus="yes">
        <source>Installed voices (%n):</source>
        <translation>
            <numerusform>Installerede stemmer (%n):</numerusform>
            <numerusform>Installerede stemmer (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>circle-app</source>
        <translation>circle-app</translation>
    </message>
    <message>
        <source>Something went wrong. Everything shown so far is saved. If it happens again, restart circle-app; the log file helps the IT staff.</source>
        <translation>Noget gik galt. Alt, hvad du har set indtil nu, er gemt. Sker det igen, så genstart circle-app; logfilen kan hjælpe IT-supporten.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versionsnummer og afslut</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>kræver én værdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>kræver mindst én værdi</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig værdi: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: fejl: {message}</translation>
    </message>
    <message>
        <source>Keep restorative circles on the classroom smartboard. Without a command, the app&apos;s window opens.</source>
        <translation>Hold genoprettende cirkler på klassens interaktive tavle. Uden en kommando åbner appens vindue.</translation>
    </message>
    <message>
        <source>the language of the messages (default: the one chosen in the app, else the system&apos;s, else Danish)</source>
        <translation>sproget i beskederne (standard: det, der er valgt i appen, ellers systemets, ellers dansk)</translation>
    </message>
    <message>
        <source>database to use (default: SQLite in the user data folder; also CIRCLE_APP_DATABASE_URL), e.g. postgresql+psycopg://host/db</source>
        <translation>den database, der skal bruges (standard: SQLite i brugerens datamappe; også CIRCLE_APP_DATABASE_URL), fx postgresql+psycopg://host/db</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>followUp</name>
    <message>
        <source>Kept</source>
        <translation>Overholdt</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Delvist overholdt</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Ikke overholdt</translation>
    </message>
    <message>
        <source>Follow up again on</source>
        <translation>Følg op igen den</translation>
    </message>
    <message>
        <source>Agree a new action instead</source>
        <translation>Lav en ny aftale i stedet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Peacetime circle</source>
        <translation>Fredstidscirkel</translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation>Faglig check-in</translation>
    </message>
    <message>
        <source>Parent meeting circle</source>
        <translation>Cirkel på forældremøde</translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation>Konfliktcirkel</translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation>Fredstid</translation>
    </message>
    <message>
        <source>Conflict rounds</source>
        <translation>Konfliktrunder</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Fagligt</translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation>Forældremøder</translation>
    </message>
    <message>
        <source>Affective (staff)</source>
        <translation>Affektivt (medarbejdere)</translation>
    </message>
    <message>
        <source>Six questions</source>
        <translation>De seks spørgsmål</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-ud</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation>Personalecirkler</translation>
    </message>
    <message>
        <source>Support (grief, crisis)</source>
        <translation>Støtte (sorg, krise)</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Oplevelse</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Berørt</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <source>What did you experience?</source>
        <translation>Hvad oplevede du?</translation>
    </message>
    <message>
        <source>How were you affected?</source>
        <translation>Hvordan har det berørt dig?</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>Hvad har du brug for?</translation>
    </message>
    <message>
        <source>What could solve it?</source>
        <translation>Hvad kan løse det?</translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation>Plads for plads</translation>
    </message>
    <message>
        <source>Open round</source>
        <translation>Åben runde</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Med uret</translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation>Mod uret</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Grades 0–3 (indskoling)</source>
        <translation>0.–3. klasse (indskoling)</translation>
    </message>
    <message>
        <source>Grades 4–6 (mellemtrin)</source>
        <translation>4.–6. klasse (mellemtrin)</translation>
    </message>
    <message>
        <source>Grades 7–9 (udskoling)</source>
        <translation>7.–9. klasse (udskoling)</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Voksne</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Fortid</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Nutid</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Fremtid</translation>
    </message>
    <message>
        <source>Most affected</source>
        <translation>Mest berørt</translation>
    </message>
    <message>
        <source>Caused harm</source>
        <translation>Har gjort skade</translation>
    </message>
    <message>
        <source>Parent / guardian</source>
        <translation>Forælder/værge</translation>
    </message>
    <message>
        <source>Peripheral party</source>
        <translation>Part i periferien</translation>
    </message>
    <message>
        <source>Resource person</source>
        <translation>Ressourceperson</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Inviteret</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nej</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Hjemme</translation>
    </message>
    <message>
        <source>At the school / institution</source>
        <translation>På skolen/institutionen</translation>
    </message>
    <message>
        <source>Elsewhere (e.g. the town hall)</source>
        <translation>Et andet sted (fx rådhuset)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation>Genforhandlet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist denne uge</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>The facilitator comes from the parties&apos; own school or institution. As a rule, RGP trainers facilitate only conflicts at another school or institution than their own.</source>
        <translation>Facilitatoren kommer fra parternes egen skole eller institution. Som udgangspunkt faciliterer RGP-trænere kun konflikter på en anden skole eller institution end deres egen.</translation>
    </message>
    <message>
        <source>The police are involved: pre-meetings and the conference are, as a rule, facilitated by an impartial, more experienced facilitator from the municipality&apos;s crime-prevention unit.</source>
        <translation>Politiet er involveret: Formøder og konferencemøde varetages som regel af en upartisk, mere erfaren facilitator fra kommunens kriminalpræventive enhed.</translation>
    </message>
    <message>
        <source>A child under 18 cannot take part without a parent or guardian who takes part. Link a parent/guardian who has accepted first: %1</source>
        <translation>Et barn under 18 kan ikke deltage, uden at en forælder eller værge også deltager. Knyt først en forælder/værge, der har sagt ja, til barnet: %1</translation>
    </message>
    <message>
        <source>A child who takes part depends on this parent or guardian taking part: %1</source>
        <translation>Et barn, der deltager, kan kun deltage, hvis denne forælder eller værge også deltager: %1</translation>
    </message>
    <message>
        <source>Only a participant in the parent/guardian role can be linked as one: %1</source>
        <translation>Kun en deltager med rollen forælder/værge kan knyttes til et barn som forælder/værge: %1</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian: %1</source>
        <translation>En deltager kan ikke være sin egen forælder/værge: %1</translation>
    </message>
    <message>
        <source>Every party taking part has a pre-meeting first. Not done yet: %1</source>
        <translation>Alle parter, der deltager, skal først have haft et formøde. Ikke holdt endnu: %1</translation>
    </message>
    <message>
        <source>At least two participants must take part.</source>
        <translation>Mindst to deltagere skal være med.</translation>
    </message>
    <message>
        <source>The conference has already started.</source>
        <translation>Konferencemødet er allerede gået i gang.</translation>
    </message>
    <message>
        <source>Every action needs a description, who carries it out and who follows it up.</source>
        <translation>Hver aftale skal have en beskrivelse, én, der udfører den, og én, der følger op på den.</translation>
    </message>
    <message>
        <source>The case needs a short title.</source>
        <translation>Sagen skal have en kort titel.</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>Alle deltagere skal have et navn.</translation>
    </message>
    <message>
        <source>A name may not hold hidden or control characters and has at most 100 characters.</source>
        <translation>Et navn må ikke indeholde skjulte tegn eller kontroltegn og højst have 100 tegn.</translation>
    </message>
    <message>
        <source>Every action needs a date it is done by and a date it is followed up on.</source>
        <translation>Hver aftale skal have en dato, den skal være gjort senest, og en dato, der følges op på den.</translation>
    </message>
    <message>
        <source>An action is followed up on or after the date it is to be done by.</source>
        <translation>Der følges op på en aftale samme dag som eller efter den dato, den skal være gjort senest.</translation>
    </message>
    <message>
        <source>A parent or guardian can only be linked from this case&apos;s own participants: %1</source>
        <translation>Et barn kan kun knyttes til en forælder/værge blandt sagens egne deltagere: %1</translation>
    </message>
    <message>
        <source>The facilitator cannot also be a participant. Choose an uninvolved facilitator: %1</source>
        <translation>Facilitatoren kan ikke også være deltager. Vælg en facilitator, der ikke er involveret: %1</translation>
    </message>
    <message>
        <source>Choose how at least one action went before you save the follow-up.</source>
        <translation>Vælg, hvordan mindst én aftale er gået, før du gemmer opfølgningen.</translation>
    </message>
    <message>
        <source>Each action is followed up once in a meeting.</source>
        <translation>Der følges op på hver aftale én gang på et møde.</translation>
    </message>
    <message>
        <source>Only this case&apos;s open actions can be followed up.</source>
        <translation>Du kan kun følge op på sagens åbne aftaler.</translation>
    </message>
    <message>
        <source>A new follow-up date comes after the meeting, on or after the date the action is to be done by.</source>
        <translation>En ny opfølgningsdato ligger efter mødet og tidligst den dato, aftalen skal være gjort senest.</translation>
    </message>
    <message>
        <source>Write the new action, who carries it out and who follows it up.</source>
        <translation>Skriv den nye aftale, hvem der udfører den, og hvem der følger op på den.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>SFO group</source>
        <translation>SFO-gruppe</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Klub</translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation>Forældremøde</translation>
    </message>
    <message>
        <source>Staff group</source>
        <translation>Medarbejdergruppe</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>the staff, plural</comment>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Forældre</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Check-ud</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation>Check-in-runde</translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation>Check-ud-runde</translation>
    </message>
    <message>
        <source>The group&apos;s own: %1</source>
        <translation>Gruppens egen: %1</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The speech engine is starting</source>
        <translation>Oplæsningen starter op</translation>
    </message>
    <message>
        <source>Read-aloud is turned off in the settings</source>
        <translation>Oplæsning er slået fra i indstillingerne</translation>
    </message>
    <message>
        <source>Could not play the sound: no audio output device was found or it is busy</source>
        <translation>Lyden kunne ikke afspilles: der blev ikke fundet nogen lydudgang, eller den er optaget</translation>
    </message>
    <message>
        <source>No speech engine found: install espeak-ng (Linux: sudo apt install espeak-ng)</source>
        <translation>Der er intet oplæsningsprogram: installér espeak-ng (Linux: sudo apt install espeak-ng)</translation>
    </message>
    <message>
        <source>Windows speech (SAPI5) could not start: reinstall circle-app (it needs pywin32)</source>
        <translation>Windows&apos; oplæsning (SAPI5) kunne ikke starte: geninstallér circle-app (den kræver pywin32)</translation>
    </message>
    <message>
        <source>macOS speech could not start: reinstall circle-app (it needs pyobjc)</source>
        <translation>macOS&apos; oplæsning kunne ikke starte: geninstallér circle-app (den kræver pyobjc)</translation>
    </message>
</context>
</TS>
