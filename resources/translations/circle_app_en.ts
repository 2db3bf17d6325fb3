<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementsCommand</name>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference cases with their open actions; export an agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conference cases with their open actions, or export a case&apos;s agreement as a printable PDF (in the case&apos;s language) with room for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases with their open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a case&apos;s agreement as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n taking part</source>
        <translation>
            <numerusform>%n taking part</numerusform>
            <numerusform>%n taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n open</numerusform>
            <numerusform>, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>[{who} -&gt; {follower}; by {due}, follow-up {on}, {state}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consequence for the person who caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Some question bank files were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the questions will sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until and including:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankBrowserScreen</name>
    <message>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen prompt on the quick prompt card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · facilitator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator only: never drawn at random. Choose a prompt and show it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped banks are read-only: start your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank keeps at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this prompt from your bank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banks and spreadsheets (*.toml *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file (*.toml);;Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanksCommand</name>
    <message>
        <source>check, list, import and export question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks: the TOML files prompts come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check bank files; one line per problem (FILE:LINE: field: message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check bank files and folders (every *.toml below them). Exit 0 when all are valid, 1 otherwise, with one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shipped and your own banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every bank the app loads: id, language, kind, number of prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a bank from a .toml or a .csv (text;ages;tags) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a .toml bank or a .csv spreadsheet (columns text;ages;tags) and add it to your banks. Nothing is added when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new bank&apos;s id (CSV; default: file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s title (CSV; default: file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a bank to a .toml or a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a bank to FILE; .csv gives text;ages;tags for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank files found in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid bank(s).</source>
        <translation>
            <numerusform>%n valid bank.</numerusform>
            <numerusform>%n valid banks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank(s)</source>
        <translation>
            <numerusform>%n bank</numerusform>
            <numerusform>%n banks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s): all valid.</source>
        <translation>
            <numerusform>%n prompt: all valid.</numerusform>
            <numerusform>%n prompts: all valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank with id {bank} (see circle-app banks list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported {bank} (%n prompt(s)) into {where}</source>
        <translation>
            <numerusform>Imported {bank} (%n prompt) into {where}</numerusform>
            <numerusform>Imported {bank} (%n prompts) into {where}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {bank} (%n prompt(s)) to {file}</source>
        <translation>
            <numerusform>Wrote {bank} (%n prompt) to {file}</numerusform>
            <numerusform>Wrote {bank} (%n prompts) to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircleScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round (whoever wants to speak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the circle now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and go home (continue later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the circle your own question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round: tap the person who wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleSetupScreen</name>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick circle: numbered seats, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who is here. Drag to change the seat order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sits in the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 not on the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceCaseScreen</name>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without every pre-meeting, because… (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short; no sensitive detail needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is from the parties&apos; own institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police are involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (questions, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n take(s) part.</source>
        <translation>
            <numerusform>Ready: %n takes part.</numerusform>
            <numerusform>Ready: %n take part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceOverviewScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting: a short note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) part</source>
        <translation>
            <numerusform>%n takes part</numerusform>
            <numerusform>%n take part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFlows</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <source>Key-ring card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six questions on one card (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home; the conversation can be continued later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the parties agree should happen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions 1–5, all in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 6, to every party in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSetupScreen</name>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party gets the same six questions. Each in turn answers questions 1–5, then question 6 goes to everyone in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties, in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or more parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates? Someone not involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator must not be one of the parties: choose someone not involved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>How the circles are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive: peacetime, academic and parent meeting circles. Reactive: conflict circles, restorative conversations and conferences. Counts only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles and meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of circle-app needs: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no circle-app tables yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: no upgrade is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade is needed: run circle-app db upgrade (as the database&apos;s owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app: update circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the schema from {current} to {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the circle-app tables (schema {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is up to date ({head}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema: status, upgrade (for the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the administrator of a shared database: see whether the schema needs an upgrade, and upgrade it (as the database&apos;s owner role). On PostgreSQL the app never upgrades by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema revision, the one this version needs, and whether to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the revision this version of circle-app needs, and whether an upgrade is needed. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the schema to this version (run as the database&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the schema to what this version of circle-app needs, in one transaction (a SQLite file is copied aside first). Run it as the role that owns the database; the app&apos;s own role needs only SELECT, INSERT, UPDATE and DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>open a demo circle with 12 sample people (recorded like any circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo circle with 12 sample participants and a few rounds. It is recorded into the normal database like any circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle (default); conversation: a restorative conversation with three sample parties; conference: a sample conference case ready to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 5.a or Parents of 5.a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes turns keeping the circle? The app suggests whose turn it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>list groups, import a class list from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (classes, SFO groups, clubs, parent meetings, staff) and their people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups with their sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List groups with their sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people from a CSV file to a group (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a CSV file (comma or semicolon; UTF-8 or Windows-1252; a header row such as navn;klasse;rolle or first name,last name,class,role) to a group. Shows a preview with duplicates flagged and asks first. A malformed file is refused with FILE:LINE: field: message and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of a new group (default: class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt language of a new group (default: da)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also import rows flagged as duplicates (two children may share a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet: circle-app groups import FILE --group NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE (in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE (in the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>%n problem: nothing was imported.</numerusform>
            <numerusform>%n problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>{group} (new group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people in {file}</source>
        <translation>
            <numerusform>%n person in {file}</numerusform>
            <numerusform>%n people in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to import into {group}:</source>
        <translation>
            <numerusform>%n to import into {group}:</numerusform>
            <numerusform>%n to import into {group}:</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: imported anyway.</source>
        <translation>
            <numerusform>%n duplicate flagged: imported anyway.</numerusform>
            <numerusform>%n duplicates flagged: imported anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: skipped.</source>
        <translation>
            <numerusform>%n duplicate flagged: skipped.</numerusform>
            <numerusform>%n duplicates flagged: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n people into {group}?</source>
        <translation>
            <numerusform>Import %n person into {group}?</numerusform>
            <numerusform>Import %n people into {group}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people into {group}.</source>
        <translation>
            <numerusform>Imported %n person into {group}.</numerusform>
            <numerusform>Imported %n people into {group}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question at a time goes round. Everyone may speak or pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-ring card (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six questions on one card, from anywhere: K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats, a talking piece, rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question in ten seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a demo circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve sample people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same six questions for every party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meetings, agreements, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes, seats, import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Continue the restorative conversation from %1? %n turn(s) so far.</source>
        <translation>
            <numerusform>Continue the restorative conversation from %1? %n turn so far.</numerusform>
            <numerusform>Continue the restorative conversation from %1? %n turns so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle with %3 from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Continue the circle with %3 from %1? It stopped in round %2, after %n turn.</numerusform>
            <numerusform>Continue the circle with %3 from %1? It stopped in round %2, after %n turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Continue the circle from %1? It stopped in round %2, after %n turn.</numerusform>
            <numerusform>Continue the circle from %1? It stopped in round %2, after %n turns.</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRingCard</name>
    <message>
        <source>The six questions</source>
        <extracomment>Asked for the questions each time the card opens (the UI language may change).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “What happened?” first. Any key or a tap closes the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageOffer</name>
    <message>
        <source>Dansk or English?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Circles — circle-app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>contains a control character (U+{code}) at character {position}, such as a terminal escape; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible text-direction character (U+{code}) at character {position}, which makes it read differently; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible zero-width character (U+{code}) at character {position}; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBankDialog</name>
    <message>
        <source>New bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Our class&apos;s favourite questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective statements for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your banks are kept in your own folder, beside the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>New participant</source>
        <extracomment>a Participant to save; the case screen answers with set_case() or refuse()</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go by the birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, 18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child comes with a parent or guardian. Tick who (add them first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with
(parent/guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>export or erase everything stored about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s data: export what is stored about one person as JSON, or erase them everywhere (their turns stay as anonymous seats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print everything stored about a person as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print everything circle-app stores about one person as JSON: the person, their groups, the circles where they sat or kept, their turns (spoke or passed, when). Nothing anyone said is stored, so nothing said is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a person everywhere (asks first unless --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase one person everywhere: the roster, circles, conversations and conferences (the name in any spelling: spacing, case, &apos;Surname, First&apos;). Their turns stay in history as anonymous seats, so statistics keep their counts; the name is scrubbed from the database files, and the copies of a SQLite database kept from before upgrades are deleted, as they hold the name too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named only in a conversation or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has the id {id} (ids are never reused: that person was erased, or never existed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is called {name} (give the whole name, or the id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are called {name}; give the id of one:</source>
        <translation>
            <numerusform>%n person is called {name}; give the id:</numerusform>
            <numerusform>%n people are called {name}; give the id of one:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} (id {id}; {groups}) everywhere? Their turns stay as anonymous seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n older copy(ies) of the database kept from before upgrades will be deleted too, as they hold the name.</source>
        <translation>
            <numerusform>The %n older copy of the database kept from before upgrades will be deleted too, as it holds the name.</numerusform>
            <numerusform>The %n older copies of the database kept from before upgrades will be deleted too, as they hold the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased person {id}; %n turn(s) kept as anonymous seats.</source>
        <translation>
            <numerusform>Erased person {id}; %n turn kept as an anonymous seat.</numerusform>
            <numerusform>Erased person {id}; %n turns kept as anonymous seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>the database files could not be rewritten now (another copy of the app is using them, or on PostgreSQL this role may not VACUUM FULL the tables); the erased rows stay in the files until the database is next vacuumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copy(ies) of the database kept from before upgrades (they held the name).</source>
        <translation>
            <numerusform>Deleted %n older copy of the database kept from before upgrades (it held the name).</numerusform>
            <numerusform>Deleted %n older copies of the database kept from before upgrades (they held the name).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copy(ies) of the database could not be deleted and still hold the name; delete them yourself:</source>
        <translation>
            <numerusform>%n older copy of the database could not be deleted and still holds the name; delete it yourself:</numerusform>
            <numerusform>%n older copies of the database could not be deleted and still hold the name; delete them yourself:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials, if the names are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; conferences need it for under-18s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreMeetingsPage</name>
    <message>
        <source>Each party taking part meets the facilitator first. A child&apos;s pre-meeting is held with their parents/guardians and covers them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect, the questions, voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part, what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-meeting has been held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the child&apos;s pre-meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a party on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCommand</name>
    <message>
        <source>open the quick prompt screen: one low-stakes question, no group needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app on the quick prompt screen: a big card with a low-stakes prompt, filters for age band and category, shuffle, favourite and read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question as you would say it to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. seasons, memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPromptScreen</name>
    <message>
        <source>Home</source>
        <extracomment>Low-stakes kinds offered as categories, peacetime first (M3). Support banks never are: they are facilitator-only, and their prompts are chosen by hand in the bank browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this question among your favourites (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only from your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the question aloud (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question before (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another question (N, Space or PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 0–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 4–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 7–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime: all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective statements (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (facilitator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question fits these choices. Try another age band or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation figures per group and period, as CSV or JSON (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles held (proactive and reactive), rounds, share of turns passed, keeper rotation and agreements, per group and period. Contains no names of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to this day, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is after --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group called {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, %4: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are checked, never changed: a name with a hidden character (a control, text-direction or zero-width character) refuses the file, and a name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the flagged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing was changed. Fix these lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file.</source>
        <translation>
            <numerusform>%n person in the file.</numerusform>
            <numerusform>%n people in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible duplicate(s): check them.</source>
        <translation>
            <numerusform>%n flagged as a possible duplicate: check it.</numerusform>
            <numerusform>%n flagged as possible duplicates: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than {megabytes} MB; is it a roster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 or Windows-1252 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not UTF-8 but other lines are: the file mixes two encodings; save it again as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL bytes; is it a spreadsheet (.xlsx) file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; expected a header row and one person per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name column (expected name/navn, or first name/fornavn and last name/efternavn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} are both “{header}”; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) mean the same thing; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fields but the header has {expected} (a &apos;{delimiter}&apos; inside a name needs quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no people below the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} ({header}) {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) together are {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role {role} (expected pupil/elev, staff/personale, parent/forælder or guest/gæst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a year between {first} and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date like 2015-03-24 or 24-03-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown age band {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Groups and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names stay on this computer. Export or erase a person&apos;s data at any time; erase a class at the end of the school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the seat order, or use Ctrl+↑ and Ctrl+↓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up one seat (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down one seat (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the group (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything stored about this person (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the group, or erase (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until a day: not ticked present, not keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n people</source>
        <translation>
            <numerusform>%1  ·  %n person</numerusform>
            <numerusform>%1  ·  %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group, or import a class list from a spreadsheet (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and its %n people for good? People who are also in another group stay there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %1 and its %n person for good? Someone who is also in another group stays there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</numerusform>
            <numerusform>Erase %1 and its %n people for good? People who are also in another group stay there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase %1 everywhere? Their turns stay in past circles as an anonymous seat, so the statistics keep their counts. The name is wiped from the database, also where it was typed into a conversation or conference, and copies of the database kept from before upgrades are deleted, as they hold the name. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group erased: %n people erased.</source>
        <translation>
            <numerusform>Group erased: %n person erased.</numerusform>
            <numerusform>Group erased: %n people erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? They stay in their other groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people.</source>
        <translation>
            <numerusform>Imported %n person.</numerusform>
            <numerusform>Imported %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names on the board (seat numbers instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose turn it is when the piece moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle timer per speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The last step could not be saved, so it was not shown. Try again; if it keeps failing, the database may be unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This circle was changed meanwhile in another window or machine, so this was not saved. Close the circle and continue it again to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database cannot be written to: its folder, file or drive is read-only. Ask the IT staff, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database is busy in another window or machine. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database file cannot be reached (was it moved or deleted?). Restart circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database server cannot be reached. Check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database said: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read and written by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was moved or deleted while circle-app was running, so nothing more can be saved. Restart circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a database URL circle-app can use (for example sqlite:////path/to/file.sqlite3 or postgresql+psycopg://host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver for {driver} is not installed (for PostgreSQL: pip install &apos;circle-app[postgres]&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. There is no good copy beside it: ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. The newest good copy is {backup}: ask the IT staff to put it in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared, so circle-app did not start with it. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a circle-app database (or it is damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app (schema {schema}). Update circle-app to open it; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database has no circle-app tables yet. The IT administrator creates them with the command: circle-app db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database has an older schema ({schema}) than this version of circle-app needs ({head}). The IT administrator upgrades it with the command: circle-app db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, and putting back its copy {backup} failed too. Ask the IT staff to put that copy in place of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, so circle-app put it back as it was from its copy {backup}. Nothing was lost. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, so it was left as it was. Nothing was lost. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Free text where the conversation and conference screens keep names as they were typed. Erasing a person also blanks their name here; exporting lists where it appears.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people were not imported, so nothing changed: the database changed meanwhile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: it holds an invisible or control character (U+{code}) at character {position}. Type it again without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: it is {length} characters long, and at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group changed meanwhile; the seat order was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is already in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Thank you for the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) held</source>
        <translation>
            <numerusform>%n round held</numerusform>
            <numerusform>%n rounds held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spoke</source>
        <translation>
            <numerusform>%n spoke</numerusform>
            <numerusform>%n spoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <source>For the keeper. Passing is always allowed; nobody is counted down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke (rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed (rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicesCommand</name>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the installed speech voices and the one used for each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the text-to-speech voices installed on this computer and the voice circle-app uses to read Danish and English aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle-app voices: read-aloud is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech engine: {driver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}): no voice installed; the default voice is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed voices (%n):</source>
        <translation>
            <numerusform>Installed voices (%n):</numerusform>
            <numerusform>Installed voices (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Everything shown so far is saved. If it happens again, restart circle-app; the log file helps the IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep restorative circles on the classroom smartboard. Without a command, the app&apos;s window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages (default: the one chosen in the app, else the system&apos;s, else Danish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database to use (default: SQLite in the user data folder; also CIRCLE_APP_DATABASE_URL), e.g. postgresql+psycopg://host/db</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Peacetime circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (grief, crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you experience?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How were you affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could solve it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 0–3 (indskoling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 4–6 (mellemtrin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 7–9 (udskoling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent / guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the school / institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere (e.g. the town hall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator comes from the parties&apos; own school or institution. As a rule, RGP trainers facilitate only conflicts at another school or institution than their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police are involved: pre-meetings and the conference are, as a rule, facilitated by an impartial, more experienced facilitator from the municipality&apos;s crime-prevention unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 18 cannot take part without a parent or guardian who takes part. Link a parent/guardian who has accepted first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child who takes part depends on this parent or guardian taking part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a participant in the parent/guardian role can be linked as one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party taking part has a pre-meeting first. Not done yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two participants must take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a description, who carries it out and who follows it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case needs a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may not hold hidden or control characters and has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a date it is done by and a date it is followed up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is followed up on or after the date it is to be done by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or guardian can only be linked from this case&apos;s own participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator cannot also be a participant. Choose an uninvolved facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFO group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>the staff, plural</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The speech engine is starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud is turned off in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not play the sound: no audio output device was found or it is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine found: install espeak-ng (Linux: sudo apt install espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows speech (SAPI5) could not start: reinstall circle-app (it needs pywin32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS speech could not start: reinstall circle-app (it needs pyobjc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
